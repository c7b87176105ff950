import type { CalendarDay } from '../../../api'

/** How a date counts: an ordinary working day, a weekend rest day, a public holiday or a make-up working day. */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup'

export interface GridDay {
  /** `YYYY-MM-DD`. */
  date: string
  /** Day of the month, 1–31. */
  day: number
  /** False for the leading and trailing days of the neighbouring months. */
  inMonth: boolean
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number
  kind: DayKind
  name?: string
}

/**
 * Classify a date the way the engine's calendar does: a listed make-up day works, a listed holiday
 * rests, otherwise the weekend rule decides.
 */
export function classifyDay(
  date: string,
  weekend: readonly number[],
  adjusted: ReadonlyMap<string, CalendarDay>,
): DayKind {
  const listed = adjusted.get(date)
  if (listed) return listed.kind === 'holiday' ? 'holiday' : 'makeup'
  return weekend.includes(weekdayOf(date)) ? 'weekend' : 'workday'
}

/**
 * The weeks of a month as rows of seven days (Monday first by default, as Chinese calendars print),
 * padded with the neighbouring months' days so each row is full.
 *
 * @example
 * monthGrid(2026, 2, [0, 6], days)[0][0] // { date: '2026-01-26', inMonth: false, … }
 */
export function monthGrid(
  year: number,
  month: number,
  weekend: readonly number[],
  days: readonly CalendarDay[],
  weekStart = 1,
): GridDay[][] {
  const adjusted = new Map(days.map((d) => [d.date, d]))
  const first = Date.UTC(year, month - 1, 1)
  const lead = (new Date(first).getUTCDay() - weekStart + 7) % 7
  const inMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const cells = Math.ceil((lead + inMonth) / 7) * 7
  const weeks: GridDay[][] = []
  for (let i = 0; i < cells; i++) {
    const at = new Date(first + (i - lead) * DAY_MS)
    const date = at.toISOString().slice(0, 10)
    const name = adjusted.get(date)?.name
    const cell: GridDay = {
      date,
      day: at.getUTCDate(),
      inMonth: at.getUTCMonth() === month - 1,
      weekday: at.getUTCDay(),
      kind: classifyDay(date, weekend, adjusted),
      ...(name ? { name } : {}),
    }
    if (i % 7 === 0) weeks.push([])
    weeks[weeks.length - 1]!.push(cell)
  }
  return weeks
}

/** Counts for a year's header: holidays, make-up days, and working days in total. */
export function yearCounts(year: number, weekend: readonly number[], days: readonly CalendarDay[]) {
  const adjusted = new Map(days.map((d) => [d.date, d]))
  let working = 0
  const start = Date.UTC(year, 0, 1)
  const end = Date.UTC(year + 1, 0, 1)
  for (let t = start; t < end; t += DAY_MS) {
    const kind = classifyDay(new Date(t).toISOString().slice(0, 10), weekend, adjusted)
    if (kind === 'workday' || kind === 'makeup') working++
  }
  const inYear = days.filter((d) => d.date.startsWith(`${year}-`))
  return {
    holidays: inYear.filter((d) => d.kind === 'holiday').length,
    makeups: inYear.filter((d) => d.kind === 'workday').length,
    working,
  }
}

/** Day of week of a `YYYY-MM-DD` date (0 = Sunday), independent of the browser's zone. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay()
}

// helpers //////////////////////

const DAY_MS = 86_400_000
