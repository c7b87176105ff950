/**
 * Calendar-date arithmetic on plain numbers (proleptic Gregorian), after Howard Hinnant's
 * `days_from_civil` / `civil_from_days`. No `Date`: results never depend on the host time zone or
 * clock, so the browser, the server and the engine agree on every date.
 */
export interface CivilDate {
  year: number
  month: number
  day: number
}

const DATE_RE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ][\s\S]*)?$/

/**
 * Read `YYYY-MM-DD`, `YYYY-M-D`, `YYYY/MM/DD` or an ISO date-time (its date part, as written —
 * `$now` carries the zone offset of the case's calendar). Anything else, or an impossible date
 * (2026-02-30), is `null`.
 */
export function parseCivilDate(text: string): CivilDate | null {
  const m = DATE_RE.exec(text.trim())
  if (!m) return null
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }
  return isValidCivilDate(date) ? date : null
}

export function isValidCivilDate({ year, month, day }: CivilDate): boolean {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

export function formatCivilDate({ year, month, day }: CivilDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Days since 1970-01-01 (negative before). */
export function daysFromCivil({ year, month, day }: CivilDate): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

export function civilFromDays(days: number): CivilDate {
  const z = days + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day }
}

/** 0 = Sunday … 6 = Saturday, as in the working calendar's `weekend`. 1970-01-01 was a Thursday. */
export function dayOfWeek(date: CivilDate): number {
  return (((daysFromCivil(date) + 4) % 7) + 7) % 7
}

// helpers

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}
