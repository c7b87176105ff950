import type { WorkingCalendar } from '@tongban/schemas'
import { computeClock, stepCard } from './case-clock'

/** A hand-made calendar: National Day week off (Thu 1 – Wed 7 Oct 2026), Saturday 10 Oct worked. */
const CAL: WorkingCalendar = {
  id: 'test',
  name: '测试日历',
  weekend: [0, 6],
  timeZone: 'Asia/Shanghai',
  years: {
    '2026': {
      holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
      workdays: ['2026-10-10'],
    },
  },
}

describe('Time-limit clock on a working-day calendar', () => {
  it('When a case is submitted the day before a holiday week, then 3 working days end on the make-up Saturday', () => {
    // Wed 30 Sep 10:00 (+08): Thu 8 Oct, Fri 9 Oct, Sat 10 Oct (调休) → Sat 10 Oct 24:00 local.
    const c = computeClock(CAL, {
      submittedAt: '2026-09-30T02:00:00.000Z',
      limits: { promisedDays: 3, legalDays: 5 },
      pauses: [],
      now: '2026-10-08T02:00:00.000Z',
    })
    expect(c.promisedDeadline).toBe('2026-10-10T16:00:00.000Z')
    // legal: + Mon 12, Tue 13 → Tue 13 Oct 24:00
    expect(c.legalDeadline).toBe('2026-10-13T16:00:00.000Z')
    // Elapsed: Wed 30 Sep 14 h + Thu 8 Oct 10 h = 1 working day; holidays do not count.
    expect(c.elapsedWorkingDays).toBe(1)
    expect(c.remainingWorkingDays).toBeCloseTo(2 + 14 / 24, 3)
    expect(c.card).toBe('none')
  })

  it('When the limit is 1 working day from Friday, then the make-up Saturday is that day', () => {
    const c = computeClock(CAL, {
      submittedAt: '2026-10-09T01:00:00.000Z',
      limits: { promisedDays: 1 },
      pauses: [],
      now: '2026-10-09T01:00:00.000Z',
    })
    expect(c.promisedDeadline).toBe('2026-10-10T16:00:00.000Z')
    expect(c.legalDeadline).toBeNull()
  })

  it('When the case was returned for correction for two working days, then every deadline moves two working days later', () => {
    // Mon 2 Mar 10:00, 5 days → Mon 9 Mar 24:00; paused Tue 3 Mar 09:00 → Thu 5 Mar 09:00 (48 working h).
    const base = {
      submittedAt: '2026-03-02T02:00:00.000Z',
      limits: { promisedDays: 5 },
      pauses: [{ from: '2026-03-03T01:00:00.000Z', to: '2026-03-05T01:00:00.000Z' }],
    }
    const c = computeClock(CAL, { ...base, now: '2026-03-06T02:00:00.000Z' })
    expect(c.promisedDeadline).toBe('2026-03-11T16:00:00.000Z')
    // 80 % of 134 working h = 107.2 h → Fri 6 Mar 21:12, + 48 h → Tue 10 Mar 21:12 local.
    expect(c.yellowAt).toBe('2026-03-10T13:12:00.000Z')
    // Mon 10:00 → Fri 10:00 is 4 working days, minus the 2-day pause.
    expect(c.elapsedWorkingDays).toBe(2)
    expect(c.card).toBe('none')
    expect(computeClock(CAL, { ...base, now: '2026-03-10T14:00:00.000Z' }).card).toBe('yellow')
    expect(computeClock(CAL, { ...base, now: '2026-03-12T01:00:00.000Z' }).card).toBe('red')
  })

  it('When the case is still paused, then the clock stands still at the pause', () => {
    const c = computeClock(CAL, {
      submittedAt: '2026-03-02T02:00:00.000Z',
      limits: { promisedDays: 1 },
      pauses: [{ from: '2026-03-02T06:00:00.000Z' }],
      now: '2026-03-20T02:00:00.000Z',
    })
    expect(c.paused).toBe(true)
    expect(c.elapsedWorkingDays).toBeCloseTo(4 / 24, 3)
    expect(c.card).toBe('none')
  })

  it.each([
    [0.5, '2026-03-02T10:00:00.000Z', 'none'],
    [0.5, '2026-03-03T04:00:00.000Z', 'yellow'],
    [0.8, '2026-03-03T04:00:00.000Z', 'none'],
    [0.8, '2026-03-03T12:00:00.000Z', 'yellow'],
    [0.8, '2026-03-03T16:00:01.000Z', 'red'],
  ])('When the yellow share is %f and it is %s, then the card is %s', (share, now, card) => {
    // Mon 2 Mar 08:00 local, 1 working day → Tue 3 Mar 24:00; 40 working h in total.
    const c = computeClock(CAL, {
      submittedAt: '2026-03-02T00:00:00.000Z',
      limits: { promisedDays: 1 },
      pauses: [],
      now,
      yellowShare: share,
    })
    expect(c.card).toBe(card)
  })

  it('When a step has a 2-working-day limit, then its card follows that limit and the calendar', () => {
    // Entered Fri 9 Oct 10:00: Sat 10 (调休) and Mon 12 → due Mon 12 Oct 24:00.
    const s = stepCard(
      CAL,
      { enteredAt: '2026-10-09T02:00:00.000Z', limitDays: 2 },
      '2026-10-12T17:00:00.000Z',
    )
    expect(s.dueAt).toBe('2026-10-12T16:00:00.000Z')
    expect(s.card).toBe('red')
    const done = stepCard(
      CAL,
      { enteredAt: '2026-10-09T02:00:00.000Z', completedAt: '2026-10-10T02:00:00.000Z', limitDays: 2 },
      '2026-10-20T00:00:00.000Z',
    )
    expect(done.card).toBe('none')
    expect(done.elapsedWorkingDays).toBe(1)
  })
})
