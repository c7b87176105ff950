import type { Duration, WorkingCalendar } from '@tongban/schemas'
import { DAY_MS, HOUR_MS, MINUTE_MS, formatDay, formatInstant, parseDay, parseInstant, weekday } from './instant'
import { zoneOffsetMinutes } from './zone'

/**
 * Working-day arithmetic on a {@link WorkingCalendar}. A day is a working day when it is a listed
 * make-up working day (调休上班), or not a weekend day and not a listed holiday. Working time is
 * counted in whole local days: every millisecond of a working day counts, none of a rest day.
 * Deadlines fall at the END of a day (24:00 local), and the day of the start does not count
 * (受理次日起算): 3 working days from Monday 10:00 ends Thursday 24:00.
 */

interface CompiledCalendar {
  offsetMs: number
  weekend: Set<number>
  holidays: Set<number>
  workdays: Set<number>
}

const compiled = new WeakMap<WorkingCalendar, CompiledCalendar>()

function compile(calendar: WorkingCalendar): CompiledCalendar {
  let c = compiled.get(calendar)
  if (!c) {
    const holidays = new Set<number>()
    const workdays = new Set<number>()
    for (const year of Object.values(calendar.years)) {
      for (const d of year.holidays) holidays.add(parseDay(d))
      for (const d of year.workdays) workdays.add(parseDay(d))
    }
    c = {
      offsetMs: zoneOffsetMinutes(calendar.timeZone) * MINUTE_MS,
      weekend: new Set(calendar.weekend),
      holidays,
      workdays,
    }
    compiled.set(calendar, c)
  }
  return c
}

function isWorkingDayNumber(c: CompiledCalendar, day: number): boolean {
  if (c.workdays.has(day)) return true
  return !c.weekend.has(weekday(day)) && !c.holidays.has(day)
}

/** Local day number (days since 1970-01-01 in the calendar zone) of an epoch instant. */
function localDayOf(c: CompiledCalendar, ms: number): number {
  return Math.floor((ms + c.offsetMs) / DAY_MS)
}

/** Epoch ms of 00:00 local of a day number. */
function dayStart(c: CompiledCalendar, day: number): number {
  return day * DAY_MS - c.offsetMs
}

/**
 * Whether a local date is a working day.
 * @example isWorkingDay(cal, '2026-02-14') // true: a make-up working Saturday
 */
export function isWorkingDay(calendar: WorkingCalendar, date: string): boolean {
  return isWorkingDayNumber(compile(calendar), parseDay(date))
}

/** The local date (`YYYY-MM-DD`) of an instant in the calendar's zone. */
export function localDate(calendar: WorkingCalendar, instant: string): string {
  const c = compile(calendar)
  return formatDay(localDayOf(c, parseInstant(instant)))
}

/**
 * The `n`-th working day after `date` (n ≥ 1), or `date` itself when n = 0 and it is a working day
 * (else the next one).
 * @example addWorkingDays(cal, '2026-09-30', 1) // '2026-10-09' after the National Day holiday
 */
export function addWorkingDays(calendar: WorkingCalendar, date: string, n: number): string {
  const c = compile(calendar)
  return formatDay(nthWorkingDayAfter(c, parseDay(date), n))
}

/**
 * Deadline of a limit of `days` working days counted from `from`: the end (24:00 local) of the
 * `days`-th working day after the local day of `from`. Fractions add working time after that.
 * @example deadlineAfterWorkingDays(cal, '2026-03-02T02:00:00.000Z', 3) // '2026-03-05T16:00:00.000Z'
 */
export function deadlineAfterWorkingDays(calendar: WorkingCalendar, from: string, days: number): string {
  const c = compile(calendar)
  return formatInstant(deadlineMs(c, parseInstant(from), days))
}

/** Working milliseconds between two instants (0 when `to` ≤ `from`). */
export function workingMsBetween(calendar: WorkingCalendar, from: string, to: string): number {
  return workingMs(compile(calendar), parseInstant(from), parseInstant(to))
}

/**
 * Working days (fractional) elapsed between two instants, minus the working time inside `pauses`
 * (补正 intervals, clipped to the range).
 * @example workingDaysBetween(cal, submittedAt, now, [{ from: returnedAt, to: resubmittedAt }])
 */
export function workingDaysBetween(
  calendar: WorkingCalendar,
  from: string,
  to: string,
  pauses: ReadonlyArray<{ from: string; to?: string }> = [],
): number {
  const c = compile(calendar)
  const a = parseInstant(from)
  const b = parseInstant(to)
  let total = workingMs(c, a, b)
  for (const p of pauses) {
    const pa = Math.max(a, parseInstant(p.from))
    const pb = Math.min(b, p.to === undefined ? b : parseInstant(p.to))
    total -= workingMs(c, pa, pb)
  }
  return total / DAY_MS
}

/** The instant reached after `ms` of working time from `from` (rest days do not count). */
export function addWorkingTime(calendar: WorkingCalendar, from: string, ms: number): string {
  return formatInstant(addWorkingMs(compile(calendar), parseInstant(from), ms))
}

/**
 * When a {@link Duration} from `from` ends: `workday` → {@link deadlineAfterWorkingDays}; `day` →
 * end of the n-th calendar day after; `hour`/`minute` → wall-clock.
 */
export function addDuration(calendar: WorkingCalendar, from: string, duration: Duration): string {
  const c = compile(calendar)
  return formatInstant(durationEnd(c, parseInstant(from), duration))
}

/**
 * The yellow-card instant: when the share `share` of the working time between `start` and
 * `deadline` is used.
 */
export function thresholdInstant(calendar: WorkingCalendar, start: string, deadline: string, share: number): string {
  const c = compile(calendar)
  const a = parseInstant(start)
  const total = workingMs(c, a, parseInstant(deadline))
  return formatInstant(addWorkingMs(c, a, Math.round(total * share)))
}

// helpers (epoch-ms versions used inside the engine)

/** @internal */
export function durationEnd(c: CompiledCalendar, from: number, duration: Duration): number {
  switch (duration.unit) {
    case 'workday':
      return deadlineMs(c, from, duration.value)
    case 'day': {
      const whole = Math.floor(duration.value)
      const end = dayStart(c, localDayOf(c, from) + whole + 1)
      return end + (duration.value - whole) * DAY_MS
    }
    case 'hour':
      return from + duration.value * HOUR_MS
    case 'minute':
      return from + duration.value * MINUTE_MS
  }
}

/** @internal epoch-ms versions for the engine (no string round trips on the hot path). */
export {
  compile as compileCalendar,
  type CompiledCalendar,
  deadlineMs,
  workingMs,
  addWorkingMs,
  localDayOf,
}

/** @internal */
export function thresholdMs(c: CompiledCalendar, start: number, deadline: number, share: number): number {
  return addWorkingMs(c, start, Math.round(workingMs(c, start, deadline) * share))
}

function nthWorkingDayAfter(c: CompiledCalendar, day: number, n: number): number {
  let d = day
  if (n <= 0) {
    while (!isWorkingDayNumber(c, d)) d++
    return d
  }
  let left = n
  while (left > 0) {
    d++
    if (isWorkingDayNumber(c, d)) left--
  }
  return d
}

function deadlineMs(c: CompiledCalendar, from: number, days: number): number {
  const whole = Math.floor(days)
  const frac = days - whole
  const base = whole === 0 ? from : dayStart(c, nthWorkingDayAfter(c, localDayOf(c, from), whole) + 1)
  return frac > 0 ? addWorkingMs(c, base, frac * DAY_MS) : base
}

function workingMs(c: CompiledCalendar, from: number, to: number): number {
  if (to <= from) return 0
  let total = 0
  let day = localDayOf(c, from)
  let cursor = from
  while (cursor < to) {
    const end = Math.min(dayStart(c, day + 1), to)
    if (isWorkingDayNumber(c, day)) total += end - cursor
    cursor = end
    day++
  }
  return total
}

function addWorkingMs(c: CompiledCalendar, from: number, ms: number): number {
  let left = ms
  let cursor = from
  let day = localDayOf(c, from)
  if (left <= 0) return from
  for (;;) {
    const end = dayStart(c, day + 1)
    if (isWorkingDayNumber(c, day)) {
      const room = end - cursor
      if (left <= room) return cursor + left
      left -= room
    }
    cursor = end
    day++
  }
}
