import { formilyCompiler } from './formily-compiler'
import { errorOf } from './test-helpers'

/** Stands in for a Formily Field: state in prototype getters, methods on the prototype. */
class FakeField {
  constructor(private readonly state: { value: unknown }) {}
  get value() {
    return this.state.value
  }
  get path() {
    return { entire: 'contacts.0.phone' }
  }
  setValue(v: unknown) {
    this.state.value = v
  }
}

describe('formilyCompiler', () => {
  it('evaluates with Formily data in scope', () => {
    expect(formilyCompiler(' $deps[0] === "company" ', { $deps: ['company'] })).toBe(true)
    expect(formilyCompiler('$record.qty * $record.price', { $record: { qty: 2, price: 5 } })).toBe(10)
    expect(formilyCompiler('amount > 10', { $values: { amount: 11 } })).toBe(true)
  })

  it('exposes field state through a view that reads the live field', () => {
    const field = new FakeField({ value: 3 })
    expect(formilyCompiler('$self.value + 1', { $self: field })).toBe(4)
    field.setValue(10)
    expect(formilyCompiler('$self.value', { $self: field })).toBe(10)
    expect(formilyCompiler('$self.path', { $self: field })).toBe('contacts.0.phone')
  })

  it('hides methods of the field and Formily helper functions', () => {
    const field = new FakeField({ value: 1 })
    expect(formilyCompiler('$self.setValue', { $self: field })).toBeUndefined()
    expect(formilyCompiler('$effect', { $effect: () => 1 })).toBeUndefined()
    expect(errorOf(() => formilyCompiler('$self.constructor', { $self: field })).code).toBe(
      'expression.forbidden-member',
    )
  })

  it('refuses Formily-style executable templates', () => {
    expect(errorOf(() => formilyCompiler('function(){ return 1 }', {})).code).toBe('expression.syntax')
    expect(errorOf(() => formilyCompiler('(v) => v > 1', {})).code).toBe('expression.syntax')
  })

  it('accepts a missing scope', () => {
    expect(formilyCompiler('1 + 1')).toBe(2)
  })
})
