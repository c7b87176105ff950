import type { CalendarDay, FieldError } from '../../../api'

/** A located message, both languages. */
export interface Problem {
  message: string
  messageEn: string
}

/** Where an edited day sits in the list sent to the server, so its errors can come back to its form. */
export interface DayEdit {
  days: CalendarDay[]
  index: number
}

/**
 * The year's list with `day` saved: it takes the place of the entry at `original` (an edit, even
 * when the date changes) or is appended (an add). The list keeps its order so the server's
 * `/body/days/<i>/…` errors can be traced back to `index`.
 *
 * @example
 * saveDay(days, { date: '2026-03-02', kind: 'holiday', name: '测试' }).index // days.length
 */
export function saveDay(days: readonly CalendarDay[], day: CalendarDay, original?: string): DayEdit {
  const clean: CalendarDay = day.name?.trim()
    ? { date: day.date, kind: day.kind, name: day.name.trim() }
    : { date: day.date, kind: day.kind }
  const at = original === undefined ? -1 : days.findIndex((d) => d.date === original)
  if (at < 0) return { days: [...days, clean], index: days.length }
  const next = [...days]
  next[at] = clean
  return { days: next, index: at }
}

/** The year's list without `date`. */
export function removeDay(days: readonly CalendarDay[], date: string): CalendarDay[] {
  return days.filter((d) => d.date !== date)
}

/**
 * Split a 422's field errors between the edited day's form fields (`date`, `kind`, `name`) and the
 * rest (problems elsewhere in the year, shown above the form).
 */
export function errorsForDay(
  errors: readonly FieldError[],
  index: number,
): { fields: Partial<Record<'date' | 'kind' | 'name', Problem[]>>; other: Problem[] } {
  const fields: Partial<Record<'date' | 'kind' | 'name', Problem[]>> = {}
  const other: Problem[] = []
  for (const e of errors) {
    const p = { message: e.message, messageEn: e.messageEn ?? e.message }
    const m = /^\/body\/days\/(\d+)(?:\/(date|kind|name))?/.exec(e.path)
    if (m && Number(m[1]) === index)
      (fields[(m[2] as 'date' | 'kind' | 'name' | undefined) ?? 'date'] ??= []).push(p)
    else other.push(p)
  }
  return { fields, other }
}

/** The field errors of an API error (`details.errors` of a 422), or none. */
export function fieldErrorsOf(err: unknown): FieldError[] {
  const details = (err as { details?: { errors?: unknown } } | undefined)?.details
  return Array.isArray(details?.errors) ? (details.errors as FieldError[]) : []
}
