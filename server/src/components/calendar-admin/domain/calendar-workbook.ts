import ExcelJS from 'exceljs'
import type { FieldError } from '../../../libraries/errors/app-error'
import type { CalendarDay } from './calendar-year'

const KINDS: Record<string, CalendarDay['kind']> = {
  休: 'holiday',
  假: 'holiday',
  holiday: 'holiday',
  班: 'workday',
  workday: 'workday',
}

/**
 * Read a calendar year from a workbook: the first sheet, a header row (日期/date, 类型/type,
 * 名称/name), then one row per adjusted day; type 休 (holiday) or 班 (make-up working day). Dates
 * may be Excel dates or `YYYY-MM-DD` text. Every bad row is reported at `/rows/<excel row>/<column>`.
 */
export async function readCalendarWorkbook(
  buffer: Buffer,
): Promise<{ days: CalendarDay[]; rows: number[]; errors: FieldError[] }> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(buffer as unknown as ArrayBuffer)
  const ws = wb.worksheets[0]
  const errors: FieldError[] = []
  const days: CalendarDay[] = []
  const rows: number[] = []
  if (!ws)
    return {
      days,
      rows,
      errors: [
        {
          path: '/rows',
          code: 'calendar.empty',
          message: '工作簿没有工作表',
          messageEn: 'The workbook has no sheet',
        },
      ],
    }
  const header = (ws.getRow(1).values as unknown[]).map((v) =>
    String(v ?? '')
      .trim()
      .toLowerCase(),
  )
  const col = (...names: string[]) => header.findIndex((h) => names.includes(h))
  const cDate = col('日期', 'date')
  const cType = col('类型', 'type')
  const cName = col('名称', 'name', '节日')
  if (cDate < 0 || cType < 0)
    return {
      days,
      rows,
      errors: [
        {
          path: '/rows/1',
          code: 'calendar.header',
          message: '第 1 行须有「日期」和「类型」列',
          messageEn: 'Row 1 must name the columns date and type',
        },
      ],
    }
  ws.eachRow((row, n) => {
    if (n === 1) return
    const raw = row.getCell(cDate).value
    const typeText = String(row.getCell(cType).value ?? '').trim()
    const name = cName > 0 ? String(row.getCell(cName).value ?? '').trim() : ''
    if ((raw === null || raw === undefined || raw === '') && typeText === '') return
    const date = toDate(raw)
    if (!date) {
      errors.push({
        path: `/rows/${n}/date`,
        code: 'calendar.date',
        message: `第 ${n} 行：日期「${String(raw ?? '')}」无法识别`,
        messageEn: `Row ${n}: cannot read the date "${String(raw ?? '')}"`,
      })
      return
    }
    const kind = KINDS[typeText] ?? KINDS[typeText.toLowerCase()]
    if (!kind) {
      errors.push({
        path: `/rows/${n}/type`,
        code: 'calendar.type',
        message: `第 ${n} 行：类型须为「休」或「班」，而不是「${typeText}」`,
        messageEn: `Row ${n}: type must be 休 or 班, not "${typeText}"`,
      })
      return
    }
    days.push(name ? { date, kind, name } : { date, kind })
    rows.push(n)
  })
  return { days, rows, errors }
}

/** Build a workbook for a year (the export, and the template). */
export async function writeCalendarWorkbook(days: readonly CalendarDay[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('日历')
  ws.addRow(['日期', '类型', '名称'])
  for (const d of days) ws.addRow([d.date, d.kind === 'holiday' ? '休' : '班', d.name ?? ''])
  return Buffer.from(await wb.xlsx.writeBuffer())
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
