import { compileExpression, evaluateExpression } from './compile'
import { codeOf, errorOf, run } from './test-helpers'

describe('literals and arrays', () => {
  it.each([
    ['42', 42],
    ['1.5e3', 1500],
    ['.5', 0.5],
    ['"双引号"', '双引号'],
    ["'single'", 'single'],
    ['true', true],
    ['false', false],
    ['null', null],
    ['undefined', undefined],
  ])('%s', (source, value) => {
    expect(run(source)).toBe(value)
  })

  it('builds plain arrays', () => {
    const value = run('[1, "a", [true]]')
    expect(value).toEqual([1, 'a', [true]])
    expect(Object.getPrototypeOf(value)).toBe(Array.prototype)
  })

  it('rejects array holes', () => {
    expect(codeOf('[1,,2]')).toBe('expression.unsupported-syntax')
  })
})

describe('names', () => {
  it('reads a scope property first, then the form value of that name', () => {
    expect(run('amount', { amount: 1, $values: { amount: 2 } })).toBe(1)
    expect(run('amount', { $values: { amount: 2 } })).toBe(2)
    expect(run('amount', {})).toBeUndefined()
  })

  it('reads $-context from the scope only', () => {
    expect(run('$applicant.orgId', { $applicant: { orgId: 'o1' } })).toBe('o1')
    expect(run('$node', { $values: { $node: 'no' } })).toBeUndefined()
  })

  it('ignores inherited properties of the scope and of $values', () => {
    const scope = Object.create({ inherited: 1 }) as Record<string, unknown>
    scope.$values = Object.create({ fromProto: 2 })
    expect(run('inherited', scope)).toBeUndefined()
    expect(run('fromProto', scope)).toBeUndefined()
    expect(run('hasOwnProperty', { $values: {} })).toBeUndefined()
  })

  it('only looks into $values when it is a plain object', () => {
    class Values {
      amount = 3
    }
    expect(run('amount', { $values: new Values() })).toBeUndefined()
    expect(run('amount', { $values: Object.assign(Object.create(null), { amount: 4 }) })).toBe(4)
  })

  it('refuses function values wherever they come from', () => {
    expect(codeOf('f', { f: () => 1 })).toBe('expression.function-value')
    expect(codeOf('o.f', { o: { f: () => 1 } })).toBe('expression.function-value')
    expect(codeOf('f', { $values: { f: () => 1 } })).toBe('expression.function-value')
  })

  it('lists the top-level names it reads, once each, without callees or properties', () => {
    expect(compileExpression('a + b.c + len(d) + a + $x[e]').names).toEqual(['a', 'b', 'd', '$x', 'e'])
  })
})

describe('member access', () => {
  const scope = { o: { a: { b: 1 }, list: [10, 20], 'odd key': 5 }, s: 'hello' }

  it('reads dotted, indexed and quoted members', () => {
    expect(run('o.a.b', scope)).toBe(1)
    expect(run('o.list[1]', scope)).toBe(20)
    expect(run("o['odd key']", scope)).toBe(5)
    expect(run('o.list.length', scope)).toBe(2)
    expect(run('s.length + s[0]', scope)).toBe('5h')
  })

  it('reads through null and undefined as undefined, like optional chaining', () => {
    expect(run('o.missing.deeper', scope)).toBeUndefined()
    expect(run('nothing[0]', scope)).toBeUndefined()
    expect(run('o?.a?.b', scope)).toBe(1)
  })

  it('reads no inherited members', () => {
    expect(run('o.toString', scope)).toBeUndefined()
    expect(run('o.list.map', scope)).toBeUndefined()
    expect(run('s.toUpperCase', scope)).toBeUndefined()
    expect(run('(1).toFixed', scope)).toBeUndefined()
  })

  it('forbids __proto__, prototype and constructor, dotted or computed', () => {
    for (const source of [
      'o.__proto__',
      'o.constructor',
      'o.prototype',
      "o['__proto__']",
      'o["constructor"]',
    ]) {
      expect(codeOf(source, scope)).toBe('expression.forbidden-member')
    }
    expect(codeOf("o[k + 'ructor']", { ...scope, k: 'const' })).toBe('expression.forbidden-member')
  })

  it('never reaches a property of a function: the function itself is refused first', () => {
    expect(codeOf('f.x', { f: Object.assign(() => 1, { x: 1 }) })).toBe('expression.function-value')
  })

  it('requires string or number keys', () => {
    expect(codeOf('o[o]', scope)).toBe('expression.type-error')
  })
})

describe('operators', () => {
  it.each([
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['7 % 4', 3],
    ['10 / 4', 2.5],
    ['"a" + 1', 'a1'],
    ['-x', -3],
    ['+"4"', 4],
    ['!0', true],
    ['1 == "1"', true],
    ['1 === "1"', false],
    ['null == undefined', true],
    ['2 != 3', true],
    ['2 !== 2', false],
    ['"b" > "a"', true],
    ['3 <= 3', true],
    ['x >= 4', false],
  ])('%s', (source, value) => {
    expect(run(source, { x: 3 })).toBe(value)
  })

  it('short-circuits && || ?? and the conditional', () => {
    const boom = {
      get b(): never {
        throw new Error('evaluated')
      },
    }
    expect(run('false && o.b', { o: boom })).toBe(false)
    expect(run('true || o.b', { o: boom })).toBe(true)
    expect(run('0 ?? o.b', { o: boom })).toBe(0)
    expect(run('null ?? "d"')).toBe('d')
    expect(run('1 ? "y" : o.b', { o: boom })).toBe('y')
    expect(run('"" || "fallback"')).toBe('fallback')
  })

  it('refuses objects and arrays in arithmetic and ordering', () => {
    expect(codeOf('o + 1', { o: {} })).toBe('expression.type-error')
    expect(codeOf('[1] < 2')).toBe('expression.type-error')
    expect(codeOf('-o', { o: [] })).toBe('expression.type-error')
  })

  it('compares objects by identity only, without coercion', () => {
    const o = { toString: 'not called' }
    expect(run('o == o', { o })).toBe(true)
    expect(run('o == "[object Object]"', { o })).toBe(false)
    expect(run('[1] == "1"')).toBe(false)
  })

  it.each(['a | b', 'a & b', 'a ^ b', '~a', 'a << 1', 'a >> 1', 'a >>> 1', 'a ** 2'])(
    'rejects %s',
    (source) => {
      expect(codeOf(source)).toBe('expression.unsupported-operator')
    },
  )
})

describe('calls', () => {
  it('calls whitelisted functions by bare name', () => {
    expect(run('len(name) + 1', { name: 'abc' })).toBe(4)
  })

  it('rejects unknown functions, method calls and computed callees at compile time', () => {
    expect(errorOf(() => compileExpression('eval("1")')).code).toBe('expression.unknown-function')
    expect(errorOf(() => compileExpression('name.trim()')).code).toBe('expression.not-callable')
    expect(errorOf(() => compileExpression('(a || len)(x)')).code).toBe('expression.not-callable')
    expect(errorOf(() => compileExpression('[len][0](x)')).code).toBe('expression.not-callable')
    expect(errorOf(() => compileExpression('len(x)(y)')).code).toBe('expression.not-callable')
  })

  it('checks the argument count at compile time', () => {
    const error = errorOf(() => compileExpression('len(a, b)'))
    expect(error.code).toBe('expression.arity')
    expect(error.position).toBe(0)
    expect(error.message).toContain('len(value)')
    expect(errorOf(() => compileExpression('round()')).code).toBe('expression.arity')
  })
})

describe('unsupported constructs', () => {
  it.each([
    ['this', 'expression.unsupported-syntax'],
    ['this.x', 'expression.unsupported-syntax'],
    ['a; b', 'expression.unsupported-syntax'],
    ['a b', 'expression.unsupported-syntax'],
    ['(a, b)', 'expression.unsupported-syntax'],
    ['new Date()', 'expression.unsupported-syntax'],
    ['constructor', 'expression.forbidden-member'],
  ])('%s → %s', (source, code) => {
    expect(errorOf(() => compileExpression(source)).code).toBe(code)
  })
})

describe('compileExpression', () => {
  it('returns the cached compilation for the same source', () => {
    expect(compileExpression('a + 1')).toBe(compileExpression('a + 1'))
  })

  it('is immutable', () => {
    const compiled = compileExpression('a')
    expect(Object.isFrozen(compiled)).toBe(true)
    expect(Object.isFrozen(compiled.names)).toBe(true)
  })

  it('rejects a non-object scope', () => {
    expect(errorOf(() => compileExpression('1').evaluate(null as never)).code).toBe('expression.type-error')
  })

  it('evaluates the example from its documentation', () => {
    const scope = { $values: { items: [{ amount: 12000 }], reason: '急需' } }
    expect(evaluateExpression('sum(items, "amount") > 10000 && !isEmpty(reason)', scope)).toBe(true)
    expect(
      evaluateExpression('diffDays($today, deadline) <= 3', { $today: '2026-03-02', deadline: '2026-03-04' }),
    ).toBe(true)
  })
})
