import { errorOf, run } from '../test-helpers'

describe('date functions', () => {
  it.each([
    ['date("2026-3-2")', '2026-03-02'],
    ['date("2026/03/02")', '2026-03-02'],
    ['date("2026-03-02T23:30:00+08:00")', '2026-03-02'],
    ['date("2026-02-30")', null],
    ['date("tomorrow")', null],
    ['date(nothing)', null],
    ['addDays("2024-02-28", 1)', '2024-02-29'],
    ['addDays("2023-02-28", 1)', '2023-03-01'],
    ['addDays("2026-01-01", -1)', '2025-12-31'],
    ['addDays("2026-13-01", 1)', null],
    ['addDays("9999-12-31", 1)', null],
    ['diffDays("2026-03-02", "2026-03-04")', 2],
    ['diffDays("2026-03-04", "2026-03-02")', -2],
    ['diffDays("2024-01-01", "2025-01-01")', 366],
    ['diffDays("x", "2026-03-02")', null],
    ['year("2026-03-02")', 2026],
    ['month("2026-03-02")', 3],
    ['dayOfWeek("2026-03-01")', 0],
    ['dayOfWeek("2026-02-14")', 6],
    ['year("no")', null],
    ['before("2026-03-01", "2026-03-02")', true],
    ['before("2026-03-02", "2026-03-02")', false],
    ['after("2026-3-10", "2026-03-02")', true],
    ['after("bad", "2026-03-02")', false],
  ])('%s = %p', (source, value) => {
    expect(run(source)).toBe(value)
  })

  it('takes today from the scope, not from a clock', () => {
    expect(run('diffDays($today, deadline)', { $today: '2026-03-02', deadline: '2026-03-09' })).toBe(7)
    expect(errorOf(() => run('today()')).code).toBe('expression.unknown-function')
    expect(errorOf(() => run('now()')).code).toBe('expression.unknown-function')
  })

  it('wants an integer day count', () => {
    expect(errorOf(() => run('addDays("2026-03-02", 1.5)')).code).toBe('expression.type-error')
    expect(errorOf(() => run('addDays("2026-03-02", nothing)')).code).toBe('expression.type-error')
  })
})
