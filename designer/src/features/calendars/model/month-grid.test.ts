import { loadCalendar } from '@tongban/examples'
import type { CalendarDay } from '../../../api'
import { classifyDay, monthGrid, weekdayOf, yearCounts } from './month-grid'

const official = loadCalendar()
const days2026: CalendarDay[] = [
  ...official.years['2026']!.holidays.map((date) => ({ date, kind: 'holiday' as const })),
  ...official.years['2026']!.workdays.map((date) => ({ date, kind: 'workday' as const })),
]

describe('monthGrid', () => {
  it('lays February 2026 out Monday first, padded with January and March', () => {
    const weeks = monthGrid(2026, 2, [0, 6], days2026)
    expect(weeks).toHaveLength(5)
    expect(weeks.every((w) => w.length === 7)).toBe(true)
    // 2026-02-01 is a Sunday: six days of January lead the first row
    expect(weeks[0]!.map((d) => d.date)).toEqual([
      '2026-01-26',
      '2026-01-27',
      '2026-01-28',
      '2026-01-29',
      '2026-01-30',
      '2026-01-31',
      '2026-02-01',
    ])
    expect(weeks[0]![0]!.inMonth).toBe(false)
    expect(weeks[0]![6]).toMatchObject({ inMonth: true, day: 1, weekday: 0, kind: 'weekend' })
    expect(weeks[4]![6]).toMatchObject({ date: '2026-03-01', inMonth: false })
  })

  it('marks the Spring Festival holidays and the make-up Saturday of 2026', () => {
    const cells = monthGrid(2026, 2, [0, 6], days2026).flat()
    const at = (date: string) => cells.find((c) => c.date === date)!
    expect(at('2026-02-14').kind).toBe('makeup') // Saturday, 调休上班
    expect(at('2026-02-17').kind).toBe('holiday') // 春节
    expect(at('2026-02-10').kind).toBe('workday')
    expect(at('2026-02-08').kind).toBe('weekend')
  })

  it('starts on Sunday when asked and carries day names', () => {
    const weeks = monthGrid(2025, 10, [0, 6], [{ date: '2025-10-01', kind: 'holiday', name: '国庆节' }], 0)
    expect(weeks[0]![0]!.weekday).toBe(0)
    expect(weeks.flat().find((d) => d.date === '2025-10-01')).toMatchObject({
      kind: 'holiday',
      name: '国庆节',
    })
  })
})

describe('classifyDay and yearCounts', () => {
  it('lets a listed day override the weekend rule', () => {
    const adjusted = new Map<string, CalendarDay>([['2026-01-04', { date: '2026-01-04', kind: 'workday' }]])
    expect(classifyDay('2026-01-04', [0, 6], adjusted)).toBe('makeup')
    expect(classifyDay('2026-01-03', [0, 6], adjusted)).toBe('weekend')
    expect(weekdayOf('2026-01-04')).toBe(0)
  })

  it('counts the working days of 2026 from the official calendar', () => {
    const weekdays = 261 // Mon–Fri in 2026
    const holidaysOnWeekdays = official.years['2026']!.holidays.filter(
      (d) => ![0, 6].includes(weekdayOf(d)),
    ).length
    const c = yearCounts(2026, [0, 6], days2026)
    expect(c.holidays).toBe(official.years['2026']!.holidays.length)
    expect(c.makeups).toBe(official.years['2026']!.workdays.length)
    expect(c.working).toBe(weekdays - holidaysOnWeekdays + c.makeups)
  })
})
