import type { CalendarDay, FieldError } from '../../../api'
import { weekdayOf } from './month-grid'

/** One data row of an uploaded sheet, as read (the date may be an Excel date or text). */
export interface SheetRow {
  /** The spreadsheet row number (the header is row 1). */
  row: number
  date: unknown
  type: string
  name: string
}

/** A problem of one spreadsheet row, in the column at fault. */
export interface RowError {
  row: number
  column: 'date' | 'type' | 'file'
  message: string
  messageEn: string
}

export interface ParsedImport {
  days: CalendarDay[]
  /** The spreadsheet row of each day. */
  rows: number[]
  errors: RowError[]
}

/**
 * Read and check an uploaded year before anything is sent, with the rules the server applies on
 * import (`server/src/components/calendar-admin`): type 休/班 (or holiday/workday), real dates inside
 * the year, no date twice, a make-up working day only on a weekend day. The server checks again on
 * confirm and stays the authority; this is the preview.
 */
export function parseImportRows(
  rows: readonly SheetRow[],
  year: string,
  weekend: readonly number[],
): ParsedImport {
  const out: ParsedImport = { days: [], rows: [], errors: [] }
  const seen = new Map<string, number>()
  for (const r of rows) {
    const err = (column: RowError['column'], zh: string, en: string) =>
      out.errors.push({
        row: r.row,
        column,
        message: `第 ${r.row} 行：${zh}`,
        messageEn: `Row ${r.row}: ${en}`,
      })
    const date = toDate(r.date)
    if (!date) {
      err('date', `日期「${shown(r.date)}」无法识别`, `cannot read the date "${shown(r.date)}"`)
      continue
    }
    const kind = KINDS[r.type.trim()] ?? KINDS[r.type.trim().toLowerCase()]
    if (!kind) {
      err('type', `类型须为「休」或「班」，而不是「${r.type}」`, `type must be 休 or 班, not "${r.type}"`)
      continue
    }
    if (!isRealDate(date)) err('date', `日期「${date}」不是有效日期`, `"${date}" is not a valid date`)
    else if (!date.startsWith(`${year}-`)) err('date', `${date} 不在 ${year} 年`, `${date} is not in ${year}`)
    else if (seen.has(date))
      err('date', `${date} 与第 ${seen.get(date)} 行重复`, `${date} repeats row ${seen.get(date)}`)
    else if (kind === 'workday' && !weekend.includes(weekdayOf(date)))
      err(
        'type',
        `${date} 本是工作日，不能设为调休上班`,
        `${date} is already a working day: it cannot be a make-up working day`,
      )
    else {
      seen.set(date, r.row)
      out.days.push(r.name.trim() ? { date, kind, name: r.name.trim() } : { date, kind })
      out.rows.push(r.row)
    }
  }
  return out
}

/** The server's import errors (`/rows/<row>/<date|type>`) as row errors; others name no row (0). */
export function rowErrorsFromApi(errors: readonly FieldError[]): RowError[] {
  return errors.map((e) => {
    const m = /^\/rows\/(\d+)(?:\/(date|type))?/.exec(e.path)
    return {
      row: m ? Number(m[1]) : 0,
      column: (m?.[2] as 'date' | 'type' | undefined) ?? 'file',
      message: e.message,
      messageEn: e.messageEn ?? e.message,
    }
  })
}

// helpers //////////////////////

const KINDS: Record<string, CalendarDay['kind']> = {
  休: 'holiday',
  假: 'holiday',
  holiday: 'holiday',
  班: 'workday',
  workday: 'workday',
}

function toDate(v: unknown): string | null {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10)
  if (typeof v === 'string') {
    const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(v.trim())
    if (m) return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`
  }
  if (typeof v === 'object' && v && 'text' in v) return toDate((v as { text: unknown }).text)
  return null
}

function isRealDate(date: string): boolean {
  const d = new Date(`${date}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date
}

function shown(v: unknown): string {
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  return v === null || v === undefined ? '' : String(v)
}
