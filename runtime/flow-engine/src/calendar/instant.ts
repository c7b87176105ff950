/**
 * ISO-8601 instants as epoch milliseconds, without the `Date` global (the pure core reads no clock).
 * Civil-date arithmetic after Howard Hinnant's `days_from_civil` / `civil_from_days`.
 */

export const MINUTE_MS = 60_000
export const HOUR_MS = 3_600_000
export const DAY_MS = 86_400_000

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|z|[+-]\d{2}:?\d{2})?$/

/** Days since 1970-01-01 of a proleptic Gregorian date. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

/** The date `[year, month, day]` of a day number (days since 1970-01-01). */
export function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp + (mp < 10 ? 3 : -9)
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d]
}

/** Day of week of a day number: 0 = Sunday … 6 = Saturday. */
export function weekday(days: number): number {
  return (((days + 4) % 7) + 7) % 7
}

/** `YYYY-MM-DD` of a day number. */
export function formatDay(days: number): string {
  const [y, m, d] = civilFromDays(days)
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`
}

/** Day number of `YYYY-MM-DD`. */
export function parseDay(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!m) throw new RangeError(`not a date: ${date}`)
  return daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3]))
}

/**
 * Epoch milliseconds of an ISO instant. A value without offset (or a bare date) is read in the
 * given offset (minutes east of UTC).
 */
export function parseInstant(text: string, defaultOffsetMinutes = 0): number {
  // Fast path: the canonical form every instant the engine writes has (memoised; pure).
  if (text.length === 24 && text.charCodeAt(23) === 90 /* Z */) {
    const hit = parsed.get(text)
    if (hit !== undefined) return hit
    const ms = parseSlow(text, 0)
    if (parsed.size > 4096) parsed.clear()
    parsed.set(text, ms)
    return ms
  }
  return parseSlow(text, defaultOffsetMinutes)
}

const parsed = new Map<string, number>()
const formatted = new Map<number, string>()

function parseSlow(text: string, defaultOffsetMinutes: number): number {
  const m = INSTANT.exec(text)
  if (!m) throw new RangeError(`not an ISO-8601 instant: ${text}`)
  const days = daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3]))
  const frac = m[7] ? Number((m[7] + '00').slice(0, 3)) : 0
  const local = days * DAY_MS + Number(m[4] ?? 0) * HOUR_MS + Number(m[5] ?? 0) * MINUTE_MS + Number(m[6] ?? 0) * 1000 + frac
  const zone = m[8]
  let offset = defaultOffsetMinutes
  if (zone && zone !== 'Z' && zone !== 'z') {
    const digits = zone.replace(':', '')
    offset = (zone.startsWith('-') ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)))
  } else if (zone) offset = 0
  return local - offset * MINUTE_MS
}

/**
 * Canonical UTC form: `2026-03-02T02:00:00.000Z`. Working-time arithmetic (a share of a limit, a
 * duration in fractional hours) can yield fractional milliseconds: ISO has no room for them, so
 * they are rounded to the nearest millisecond.
 */
export function formatInstant(instantMs: number): string {
  const ms = Math.round(instantMs)
  const hit = formatted.get(ms)
  if (hit !== undefined) return hit
  const text = formatSlow(ms)
  if (formatted.size > 4096) formatted.clear()
  formatted.set(ms, text)
  return text
}

function formatSlow(ms: number): string {
  const days = Math.floor(ms / DAY_MS)
  let rest = ms - days * DAY_MS
  const h = Math.floor(rest / HOUR_MS)
  rest -= h * HOUR_MS
  const mi = Math.floor(rest / MINUTE_MS)
  rest -= mi * MINUTE_MS
  const s = Math.floor(rest / 1000)
  const milli = rest - s * 1000
  return `${formatDay(days)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}.${pad(milli, 3)}Z`
}

/** Whether a string is an ISO instant this module can read. */
export function isInstant(text: unknown): text is string {
  return typeof text === 'string' && INSTANT.test(text)
}

// helpers

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0')
}
