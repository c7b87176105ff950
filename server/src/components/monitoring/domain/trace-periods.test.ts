import { pausesOf, withEmptyPeriods } from './trace-periods'

describe('withEmptyPeriods', () => {
  const zero = { total: 0 }
  it('When months are missing between the first and the last, then zero rows fill them (across a year end)', () => {
    const rows = [
      { period: '2025-11-01', total: 2 },
      { period: '2026-02-01', total: 1 },
    ]
    expect(withEmptyPeriods(rows, 'month', zero)).toEqual([
      { period: '2025-11-01', total: 2 },
      { period: '2025-12-01', total: 0 },
      { period: '2026-01-01', total: 0 },
      { period: '2026-02-01', total: 1 },
    ])
  })

  it('When weeks or days are missing, then they are filled by seven or one day', () => {
    expect(withEmptyPeriods([{ period: '2026-03-02' }, { period: '2026-03-16' }], 'week', zero)).toEqual([
      { period: '2026-03-02' },
      { period: '2026-03-09', total: 0 },
      { period: '2026-03-16' },
    ])
    // 2026-03-29 is a DST change in Europe, not in UTC: days stay days.
    expect(
      withEmptyPeriods([{ period: '2026-03-28' }, { period: '2026-03-30' }], 'day', zero).map(
        (r) => r.period,
      ),
    ).toEqual(['2026-03-28', '2026-03-29', '2026-03-30'])
  })

  it('When there are no rows or one, then nothing is added', () => {
    expect(withEmptyPeriods([], 'day', zero)).toEqual([])
    expect(withEmptyPeriods([{ period: '2026-03-01' }], 'month', zero)).toEqual([{ period: '2026-03-01' }])
  })
})

describe('pausesOf', () => {
  it('When pauses are closed and one is still open, then each pause pairs with the next resume', () => {
    expect(
      pausesOf([
        { type: 'case.returned', at: '2026-03-06T01:00:00.000Z' },
        { type: 'clock.paused', at: '2026-03-06T01:00:00.000Z' },
        { type: 'clock.resumed', at: new Date('2026-03-09T01:00:00.000Z') },
        { type: 'clock.resumed', at: '2026-03-09T02:00:00.000Z' },
        { type: 'clock.paused', at: '2026-03-10T01:00:00.000Z' },
      ]),
    ).toEqual([
      { from: '2026-03-06T01:00:00.000Z', to: '2026-03-09T01:00:00.000Z' },
      { from: '2026-03-10T01:00:00.000Z' },
    ])
  })
})
