import { diffYear } from './diff-year'

describe('diffYear', () => {
  it('lists added, removed and changed days by date', () => {
    const d = diffYear(
      [
        { date: '2026-01-01', kind: 'holiday', name: '元旦' },
        { date: '2026-01-04', kind: 'workday' },
        { date: '2026-02-17', kind: 'holiday' },
      ],
      [
        { date: '2026-03-02', kind: 'holiday', name: '测试' },
        { date: '2026-01-01', kind: 'holiday', name: '元旦' },
        { date: '2026-02-17', kind: 'holiday', name: '春节' },
      ],
    )
    expect(d.added.map((x) => x.date)).toEqual(['2026-03-02'])
    expect(d.removed.map((x) => x.date)).toEqual(['2026-01-04'])
    expect(d.changed).toEqual([
      {
        before: { date: '2026-02-17', kind: 'holiday' },
        after: { date: '2026-02-17', kind: 'holiday', name: '春节' },
      },
    ])
    expect(d.unchanged).toBe(1)
  })

  it('is empty for the same list', () => {
    const same = [{ date: '2026-01-01', kind: 'holiday' as const }]
    expect(diffYear(same, same)).toEqual({ added: [], removed: [], changed: [], unchanged: 1 })
  })
})
