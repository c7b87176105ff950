import fc from 'fast-check'
import { civilFromDays, dayOfWeek, daysFromCivil, formatCivilDate, parseCivilDate } from './civil-date'

// The reference: the host's UTC calendar (allowed here; the library itself never touches Date).
// Date.UTC maps years 0–99 to 1900–1999, so set year 1 explicitly.
const MIN = new Date(0).setUTCFullYear(1, 0, 1) / 86_400_000
const MAX = Date.UTC(9999, 11, 31) / 86_400_000

describe('civil dates agree with the UTC calendar', () => {
  it('day number → date → day number, and the weekday', () => {
    fc.assert(
      fc.property(fc.integer({ min: Math.ceil(MIN), max: Math.floor(MAX) }), (days) => {
        const civil = civilFromDays(days)
        const utc = new Date(days * 86_400_000)
        expect(civil).toEqual({
          year: utc.getUTCFullYear(),
          month: utc.getUTCMonth() + 1,
          day: utc.getUTCDate(),
        })
        expect(daysFromCivil(civil)).toBe(days)
        expect(dayOfWeek(civil)).toBe(utc.getUTCDay())
        expect(parseCivilDate(formatCivilDate(civil))).toEqual(civil)
      }),
      { numRuns: 2000 },
    )
  })

  it('rejects impossible dates', () => {
    expect(parseCivilDate('2023-02-29')).toBeNull()
    expect(parseCivilDate('2000-02-29')).not.toBeNull()
    expect(parseCivilDate('1900-02-29')).toBeNull()
    expect(parseCivilDate('0000-01-01')).toBeNull()
    expect(parseCivilDate('2026-04-31')).toBeNull()
  })
})
