import { errorOf, run } from '../test-helpers'

describe('text functions', () => {
  it.each([
    ['string(12)', '12'],
    ['string(nothing)', ''],
    ['string([1, "a", null])', '1,a,'],
    ['upper("abc")', 'ABC'],
    ['lower("ÀB")', 'àb'],
    ['trim("  x  ")', 'x'],
    ['trim(nothing)', ''],
    ['startsWith("LS-DA-001", "LS-")', true],
    ['endsWith("report.pdf", ".PDF")', false],
    ['endsWith(12.5, 5)', true],
    ['startsWith(nothing, "a")', false],
  ])('%s = %p', (source, value) => {
    expect(run(source)).toBe(value)
  })

  it('refuses objects where text is expected', () => {
    expect(errorOf(() => run('upper(o)', { o: {} })).code).toBe('expression.type-error')
    expect(errorOf(() => run('string(o)', { o: {} })).code).toBe('expression.type-error')
    expect(errorOf(() => run('startsWith("a", nothing)')).code).toBe('expression.type-error')
  })
})
