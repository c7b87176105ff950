import { errorOf, run } from '../test-helpers'

describe('len', () => {
  it.each([
    ['len("协同办")', 3],
    ['len([1, 2])', 2],
    ['len(o)', 2],
    ['len(nothing)', 0],
    ['len(null)', 0],
  ])('%s = %p', (source, value) => {
    expect(run(source, { o: { a: 1, b: 2 } })).toBe(value)
  })

  it('refuses numbers', () => {
    expect(errorOf(() => run('len(5)')).code).toBe('expression.type-error')
  })
})

describe('includes and contains', () => {
  it('finds substrings and items', () => {
    expect(run('includes("archive", "chi")')).toBe(true)
    expect(run('includes("Archive", "arch")')).toBe(false)
    expect(run('contains("Archive", "arch")')).toBe(true)
    expect(run('includes(tags, "urgent")', { tags: ['urgent'] })).toBe(true)
    expect(run('contains(tags, "URGENT")', { tags: ['urgent'] })).toBe(true)
    expect(run('includes(n, 1)', { n: [1, 2] })).toBe(true)
    expect(run('includes(n, "1")', { n: [1, 2] })).toBe(false)
    expect(run('includes("a1", 1)')).toBe(true)
  })

  it('is false for blank collections and items', () => {
    expect(run('includes(nothing, "a")')).toBe(false)
    expect(run('includes("abc", nothing)')).toBe(false)
  })

  it('refuses non-collections', () => {
    expect(errorOf(() => run('includes(5, 5)')).code).toBe('expression.type-error')
    expect(errorOf(() => run('includes("abc", [1])')).code).toBe('expression.type-error')
  })
})

describe('isEmpty', () => {
  it.each([
    ['null', true],
    ['nothing', true],
    ['"  "', true],
    ['"x"', false],
    ['[]', true],
    ['[0]', false],
    ['o', true],
    ['0', false],
    ['false', false],
  ])('isEmpty(%s) = %p', (arg, value) => {
    expect(run(`isEmpty(${arg})`, { o: {} })).toBe(value)
  })
})

describe('count', () => {
  it('counts non-blank items, or rows with a non-blank field', () => {
    const rows = [{ name: 'a' }, { name: '' }, {}, { name: 0 }]
    expect(run('count(rows)', { rows })).toBe(4)
    expect(run('count(rows, "name")', { rows })).toBe(2)
    expect(run('count(list)', { list: ['a', '', null, 0] })).toBe(2)
    expect(run('count(nothing)')).toBe(0)
  })

  it('refuses non-arrays and non-text field names', () => {
    expect(errorOf(() => run('count("abc")')).code).toBe('expression.type-error')
    expect(errorOf(() => run('count([], 1)')).code).toBe('expression.type-error')
  })
})

describe('coalesce', () => {
  it('returns the first non-blank argument', () => {
    expect(run('coalesce(nothing, "", null, 0, 1)')).toBe(0)
    expect(run('coalesce(nothing, "")')).toBeNull()
  })
})
