import { WorkingCalendar, validateAgainst } from '@tongban/schemas'
import { loadCalendar } from './index'

const calendar = loadCalendar()

/** The calendar's own rule (see WorkingCalendar): listed workday, or a weekday that is not a holiday. */
function isWorkingDay(date: string): boolean {
  const year = calendar.years[date.slice(0, 4)]
  if (year?.workdays.includes(date)) return true
  const weekday = new Date(date + 'T00:00:00Z').getUTCDay()
  if (calendar.weekend.includes(weekday)) return false
  return !year?.holidays.includes(date)
}

describe('working-day calendar', () => {
  it('validates against WorkingCalendar', () => {
    const result = validateAgainst(WorkingCalendar, calendar)
    expect(result.issues).toEqual([])
    expect(result.ok).toBe(true)
  })

  it('covers 2025 and 2026 in Asia/Shanghai with Saturday and Sunday as the weekend', () => {
    expect(Object.keys(calendar.years).sort()).toEqual(['2025', '2026'])
    expect(calendar.timeZone).toBe('Asia/Shanghai')
    expect([...calendar.weekend].sort()).toEqual([0, 6])
  })

  it('knows the 2026 Spring Festival: 2026-02-14 (Saturday) is a make-up working day, 2026-02-16 a holiday', () => {
    expect(calendar.years['2026']!.workdays).toContain('2026-02-14')
    expect(isWorkingDay('2026-02-14')).toBe(true)
    expect(calendar.years['2026']!.holidays).toContain('2026-02-16')
    expect(isWorkingDay('2026-02-16')).toBe(false)
  })

  it('knows the 2025 National Day break: 10-01..10-08 off, 09-28 and 10-11 worked', () => {
    for (let d = 1; d <= 8; d++) {
      const date = `2025-10-0${d}`
      expect(calendar.years['2025']!.holidays).toContain(date)
      expect(isWorkingDay(date)).toBe(false)
    }
    expect(isWorkingDay('2025-09-28')).toBe(true)
    expect(isWorkingDay('2025-10-11')).toBe(true)
    expect(isWorkingDay('2025-10-09')).toBe(true)
    expect(isWorkingDay('2025-10-12')).toBe(false)
  })

  it('lists only dates of their own year, sorted and without duplicates', () => {
    for (const [year, days] of Object.entries(calendar.years)) {
      for (const list of [days.holidays, days.workdays]) {
        expect(list.every((d) => d.startsWith(year))).toBe(true)
        expect([...new Set(list)].sort()).toEqual(list)
      }
      // a make-up working day is never also a holiday
      expect(days.workdays.filter((d) => days.holidays.includes(d))).toEqual([])
    }
  })
})
