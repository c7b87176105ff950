import { errorOf } from './test-helpers'
import { guardValue, isPlainObject, primitive, readMember, readName } from './values'

describe('readMember', () => {
  it('refuses to read a property of a function', () => {
    expect(errorOf(() => readMember(() => 1, 'name')).code).toBe('expression.forbidden-member')
  })

  it('reads own properties of objects, arrays and strings only', () => {
    expect(readMember({ a: 1 }, 'a')).toBe(1)
    expect(readMember([5], 0)).toBe(5)
    expect(readMember('ab', 1)).toBe('b')
    expect(readMember({}, 'valueOf')).toBeUndefined()
    expect(readMember(5, 'toFixed')).toBeUndefined()
    expect(readMember(true, 'valueOf')).toBeUndefined()
  })

  it('blocks the prototype keys even when they are own properties', () => {
    const parsed = JSON.parse('{"__proto__": {"x": 1}, "constructor": 2}') as unknown
    expect(errorOf(() => readMember(parsed, '__proto__')).code).toBe('expression.forbidden-member')
    expect(errorOf(() => readMember(parsed, 'constructor')).code).toBe('expression.forbidden-member')
  })
})

describe('readName', () => {
  it('does not look $-names up in $values', () => {
    expect(readName({ $values: { $x: 1 } }, '$x')).toBeUndefined()
    expect(readName({ $values: { x: 1 } }, 'x')).toBe(1)
  })
})

describe('guards', () => {
  it('refuse symbols and bigints', () => {
    expect(errorOf(() => guardValue(Symbol('s'))).code).toBe('expression.type-error')
    expect(errorOf(() => guardValue(BigInt(1))).code).toBe('expression.type-error')
  })

  it('let primitives through arithmetic and nothing else', () => {
    expect(primitive('a', '+')).toBe('a')
    expect(primitive(null, '+')).toBeNull()
    expect(errorOf(() => primitive(new Date(0), '+')).code).toBe('expression.type-error')
  })

  it('recognise plain objects', () => {
    expect(isPlainObject({})).toBe(true)
    expect(isPlainObject(Object.create(null))).toBe(true)
    expect(isPlainObject([])).toBe(false)
    expect(isPlainObject(new Map())).toBe(false)
  })
})
