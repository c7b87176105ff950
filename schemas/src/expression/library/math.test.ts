import { errorOf, run } from '../test-helpers'

describe('aggregates', () => {
  const scope = { rows: [{ amount: 10 }, { amount: '2.5' }, { amount: '' }, {}], list: [3, 1, 2] }

  it.each([
    ['sum(list)', 6],
    ['sum(rows, "amount")', 12.5],
    ['sum(1, 2, "3")', 6],
    ['sum(nothing)', 0],
    ['sum([])', 0],
    ['min(list)', 1],
    ['max(list)', 3],
    ['max(rows, "amount")', 10],
    ['min(4, 2, 8)', 2],
    ['avg(list)', 2],
    ['avg(rows, "amount")', 6.25],
    ['avg([])', null],
    ['min([])', null],
    ['max(nothing)', null],
  ])('%s = %p', (source, value) => {
    expect(run(source, scope)).toBe(value)
  })

  it('gives NaN for text that is not a number, as JS does', () => {
    expect(run('sum(["12a", 1])')).toBeNaN()
  })

  it('handles very long arrays without spreading them into arguments', () => {
    const big = Array.from({ length: 200_000 }, (_, i) => i)
    expect(run('max(big)', { big })).toBe(199_999)
  })

  it('wants a text field name', () => {
    expect(errorOf(() => run('sum(list, 1)', scope)).code).toBe('expression.type-error')
  })
})

describe('round', () => {
  it.each([
    ['round(2.5)', 3],
    ['round(-2.5)', -3],
    ['round(1.005, 2)', 1.01],
    ['round(1.255, 2)', 1.26],
    ['round(123.456, 1)', 123.5],
    ['round("3.14159", 3)', 3.142],
    ['round(1e-7, 2)', 0],
    ['round(1e300, 10)', 1e300],
    ['round(-1.5)', -2],
    ['round(nothing)', null],
  ])('%s = %p', (source, value) => {
    expect(run(source)).toBe(value)
  })

  it('refuses digits outside 0–10 or not integers', () => {
    for (const digits of ['-1', '11', '1.5', '"2"']) {
      expect(errorOf(() => run(`round(1, ${digits})`)).code).toBe('expression.type-error')
    }
  })
})

describe('abs, floor, ceil, number', () => {
  it.each([
    ['abs(-3)', 3],
    ['floor(2.7)', 2],
    ['ceil("2.1")', 3],
    ['abs(nothing)', null],
    ['number("42")', 42],
    ['number(" 7 ")', 7],
    ['number("")', null],
    ['number(true)', 1],
  ])('%s = %p', (source, value) => {
    expect(run(source)).toBe(value)
  })

  it('gives NaN for unparsable text and for arrays', () => {
    expect(run('number("abc")')).toBeNaN()
    expect(run('number([1])')).toBeNaN()
  })
})
