import { addWorkingTime, isWorkingDay, localDate } from '@tongban/flow-engine'
import type { WorkingCalendar } from '@tongban/schemas'
import type { Random } from './random'

/** China has no daylight saving: local time is UTC+8 all year. */
const OFFSET_MS = 8 * 3600_000
const DAY_MS = 86_400_000
const OPEN_MIN = 8 * 60 + 30
const CLOSE_MIN = 17 * 60 + 30

/** Minutes since local midnight of an instant. */
function localMinutes(ms: number): number {
  return Math.floor(((ms + OFFSET_MS) % DAY_MS) / 60_000)
}

/** The instant of `minutes` after local midnight of the local day `date` (YYYY-MM-DD). */
export function atLocal(date: string, minutes: number, seconds = 0): string {
  return new Date(
    Date.parse(`${date}T00:00:00.000Z`) - OFFSET_MS + minutes * 60_000 + seconds * 1000,
  ).toISOString()
}

/**
 * When someone acts `workingDays` (fractional) after `from`: counted on working days only, then
 * moved into office hours (08:30–17:30 local) — nobody approves at 3 a.m. or on a holiday.
 */
export function officeTimeAfter(
  calendar: WorkingCalendar,
  from: string,
  workingDays: number,
  rng: Random,
): string {
  const rawIso = addWorkingTime(calendar, from, Math.round(Math.max(0, workingDays) * DAY_MS))
  const raw = Date.parse(rawIso)
  if (Number.isNaN(raw)) throw new Error(`bad ${rawIso} from ${from} + ${workingDays}`)
  let day = localDate(calendar, new Date(raw).toISOString())
  let minutes = localMinutes(raw)
  if (minutes < OPEN_MIN) minutes = OPEN_MIN + rng.int(0, 90)
  else if (minutes > CLOSE_MIN) {
    day = nextWorkingDay(calendar, day)
    minutes = OPEN_MIN + rng.int(0, 90)
  }
  const at = atLocal(day, minutes, rng.int(0, 59))
  // Never before `from` (the same-day clamp above only moves later, but seconds could tie).
  return Date.parse(at) > Date.parse(from) ? at : new Date(Date.parse(from) + 60_000).toISOString()
}

/** The next working day after `date`. */
export function nextWorkingDay(calendar: WorkingCalendar, date: string): string {
  let ms = Date.parse(`${date}T00:00:00.000Z`)
  for (let i = 0; i < 60; i++) {
    ms += DAY_MS
    const d = new Date(ms).toISOString().slice(0, 10)
    if (isWorkingDay(calendar, d)) return d
  }
  throw new Error(`no working day within 60 days after ${date}`)
}

/** Working days (YYYY-MM-DD) in [from, to], in order. */
export function workingDaysIn(calendar: WorkingCalendar, from: string, to: string): string[] {
  const out: string[] = []
  for (let ms = Date.parse(`${from}T00:00:00.000Z`); ms <= Date.parse(`${to}T00:00:00.000Z`); ms += DAY_MS) {
    const d = new Date(ms).toISOString().slice(0, 10)
    if (isWorkingDay(calendar, d)) out.push(d)
  }
  return out
}
