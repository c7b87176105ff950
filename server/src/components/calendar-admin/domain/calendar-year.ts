import type { WorkingCalendar } from '@tongban/schemas'
import type { FieldError } from '../../../libraries/errors/app-error'

/** One adjusted day of a year: a public holiday (休) or a make-up working day (班, 调休上班). */
export interface CalendarDay {
  date: string
  kind: 'holiday' | 'workday'
  name?: string
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * Check a year's adjusted days: real dates inside `year`, no date twice, a make-up working day
 * only on a weekend day (holidays may cover weekend days, as official calendars list them). Errors are
 * located by `locate` (e.g. the spreadsheet row).
 */
export function checkYearDays(
  calendar: Pick<WorkingCalendar, 'weekend'>,
  year: string,
  days: readonly CalendarDay[],
  locate: (index: number, field: 'date' | 'kind') => string = (i, f) => `/days/${i}/${f}`,
  /** How a message names entry `i` (a spreadsheet import names its row). */
  entry: (index: number) => { zh: string; en: string } = (i) => ({ zh: `第 ${i + 1} 行`, en: `entry ${i + 1}` }),
): FieldError[] {
  const problems: FieldError[] = []
  const seen = new Map<string, number>()
  days.forEach((d, i) => {
    const m = DATE.exec(d.date)
    const parsed = m ? new Date(`${d.date}T00:00:00Z`) : null
    if (!m || !parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== d.date) {
      problems.push(
        err(
          locate(i, 'date'),
          'calendar.date',
          `日期「${d.date}」不是有效日期（YYYY-MM-DD）`,
          `"${d.date}" is not a valid date (YYYY-MM-DD)`,
        ),
      )
      return
    }
    if (m[1] !== year)
      problems.push(
        err(
          locate(i, 'date'),
          'calendar.other-year',
          `${d.date} 不在 ${year} 年`,
          `${d.date} is not in ${year}`,
        ),
      )
    const earlier = seen.get(d.date)
    if (earlier !== undefined)
      problems.push(
        err(
          locate(i, 'date'),
          'calendar.duplicate',
          `${d.date} 与${entry(earlier).zh}重复`,
          `${d.date} repeats ${entry(earlier).en}`,
        ),
      )
    seen.set(d.date, i)
    const weekend = calendar.weekend.includes(parsed.getUTCDay())
    if (d.kind === 'workday' && !weekend)
      problems.push(
        err(
          locate(i, 'kind'),
          'calendar.workday-not-weekend',
          `${d.date} 本是工作日，不能设为调休上班`,
          `${d.date} is already a working day: it cannot be a make-up working day`,
        ),
      )
  })
  return problems
}

/** The calendar with `year` replaced by these days (dates sorted). */
export function withYear(
  calendar: WorkingCalendar,
  year: string,
  days: readonly CalendarDay[],
): WorkingCalendar {
  const pick = (kind: CalendarDay['kind']) =>
    days
      .filter((d) => d.kind === kind)
      .map((d) => d.date)
      .sort()
  return {
    ...calendar,
    years: { ...calendar.years, [year]: { holidays: pick('holiday'), workdays: pick('workday') } },
  }
}

/** A year of the calendar as a list of days (with names when known). */
export function yearDays(
  calendar: WorkingCalendar,
  year: string,
  names: ReadonlyMap<string, string>,
): CalendarDay[] {
  const y = calendar.years[year]
  if (!y) return []
  const out: CalendarDay[] = [
    ...y.holidays.map((date) => ({ date, kind: 'holiday' as const })),
    ...y.workdays.map((date) => ({ date, kind: 'workday' as const })),
  ]
  return out
    .map((d) => (names.has(d.date) ? { ...d, name: names.get(d.date) } : d))
    .sort((a, b) => a.date.localeCompare(b.date))
}

function err(path: string, code: string, message: string, messageEn: string): FieldError {
  return { path, code, message, messageEn }
}
