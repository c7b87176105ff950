import { calendar2026 as cal } from '../../test/fixtures/calendar'
import {
  addDuration,
  addWorkingDays,
  addWorkingTime,
  deadlineAfterWorkingDays,
  isWorkingDay,
  localDate,
  thresholdInstant,
  workingDaysBetween,
} from './working-days'
import { formatInstant, parseInstant } from './instant'

describe('working-day calendar', () => {
  it('knows weekends, holidays and make-up working days', () => {
    expect(isWorkingDay(cal, '2026-02-14')).toBe(true) // make-up Saturday
    expect(isWorkingDay(cal, '2026-02-16')).toBe(false) // Spring Festival
    expect(isWorkingDay(cal, '2026-03-07')).toBe(false) // Saturday
    expect(isWorkingDay(cal, '2026-03-09')).toBe(true) // Monday
    expect(isWorkingDay(cal, '2027-01-02')).toBe(false) // a year without data: weekend rule only
  })

  it('reads local dates in UTC+8', () => {
    expect(localDate(cal, '2026-03-01T16:00:00.000Z')).toBe('2026-03-02')
    expect(localDate(cal, '2026-03-01T15:59:59.999Z')).toBe('2026-03-01')
  })

  it('adds working days across the National Day holiday', () => {
    expect(addWorkingDays(cal, '2026-09-30', 1)).toBe('2026-10-08')
    expect(addWorkingDays(cal, '2026-09-30', 3)).toBe('2026-10-10') // make-up Saturday
    expect(addWorkingDays(cal, '2026-10-03', 0)).toBe('2026-10-08')
  })

  it('puts a deadline at the end of the Nth working day after the start day', () => {
    // Monday 2026-03-02 10:00 local → end of Thursday 03-05 = 03-05T16:00Z
    expect(deadlineAfterWorkingDays(cal, '2026-03-02T02:00:00.000Z', 3)).toBe('2026-03-05T16:00:00.000Z')
    // Friday → skips the weekend
    expect(deadlineAfterWorkingDays(cal, '2026-03-06T02:00:00.000Z', 1)).toBe('2026-03-09T16:00:00.000Z')
    // before Spring Festival: 2026-02-13 (Fri) + 1 → 02-14 (make-up Saturday)
    expect(deadlineAfterWorkingDays(cal, '2026-02-13T02:00:00.000Z', 1)).toBe('2026-02-14T16:00:00.000Z')
    expect(deadlineAfterWorkingDays(cal, '2026-02-13T02:00:00.000Z', 2)).toBe('2026-02-24T16:00:00.000Z')
  })

  it('counts working days between instants, minus pauses', () => {
    const from = '2026-03-02T02:00:00.000Z' // Mon 10:00
    const to = '2026-03-09T02:00:00.000Z' // next Mon 10:00
    expect(workingDaysBetween(cal, from, to)).toBeCloseTo(5, 6)
    expect(
      workingDaysBetween(cal, from, to, [{ from: '2026-03-03T02:00:00.000Z', to: '2026-03-04T02:00:00.000Z' }]),
    ).toBeCloseTo(4, 6)
    // a pause over the weekend costs nothing
    expect(
      workingDaysBetween(cal, from, to, [{ from: '2026-03-06T16:00:00.000Z', to: '2026-03-08T16:00:00.000Z' }]),
    ).toBeCloseTo(5, 6)
  })

  it('adds working time skipping rest days', () => {
    // Friday 20:00 local + 8h working time → Monday 04:00 local
    expect(addWorkingTime(cal, '2026-03-06T12:00:00.000Z', 8 * 3600_000)).toBe('2026-03-08T20:00:00.000Z')
  })

  it('adds durations of every unit', () => {
    const from = '2026-03-02T02:00:00.000Z'
    expect(addDuration(cal, from, { value: 2, unit: 'workday' })).toBe('2026-03-04T16:00:00.000Z')
    expect(addDuration(cal, from, { value: 1, unit: 'day' })).toBe('2026-03-03T16:00:00.000Z')
    expect(addDuration(cal, from, { value: 3, unit: 'hour' })).toBe('2026-03-02T05:00:00.000Z')
    expect(addDuration(cal, from, { value: 30, unit: 'minute' })).toBe('2026-03-02T02:30:00.000Z')
  })

  it('places the yellow threshold at a share of the working time', () => {
    // Mon 00:00 local … Fri 24:00 local = 5 working days; 80 % = 4 days → Fri 00:00 local
    expect(thresholdInstant(cal, '2026-03-01T16:00:00.000Z', '2026-03-06T16:00:00.000Z', 0.8)).toBe(
      '2026-03-05T16:00:00.000Z',
    )
  })

  it('round-trips instants with offsets', () => {
    expect(formatInstant(parseInstant('2026-03-02T10:00:00+08:00'))).toBe('2026-03-02T02:00:00.000Z')
    expect(formatInstant(parseInstant('2026-03-02', 480))).toBe('2026-03-01T16:00:00.000Z')
    expect(formatInstant(parseInstant('1969-12-31T23:59:59.5Z'))).toBe('1969-12-31T23:59:59.500Z')
  })
})
