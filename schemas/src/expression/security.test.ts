import fc from 'fast-check'
import { checkExpression } from './check'
import { compileExpression } from './compile'
import { ExpressionError } from './errors'
import { formilyCompiler } from './formily-compiler'
import { MAX_SOURCE_LENGTH } from './limits'

/**
 * Escape and prototype-pollution attempts. Each must either fail with an ExpressionError or return
 * a harmless value: a primitive, a fresh array, or data that was already in the scope.
 */
const PAYLOADS = [
  "constructor.constructor('return process')()",
  "constructor.constructor('return process')().pid",
  "$self.constructor.constructor('return globalThis.process.env.HOME')()",
  '__proto__',
  '__proto__.polluted',
  '$values.__proto__',
  '$values.__proto__.polluted',
  "$values['__proto__']['polluted']",
  "['constructor']",
  "[]['constructor']",
  "''['constructor']['constructor']('return this')()",
  "$values['constr' + 'uctor']",
  "items[0]['__pro' + 'to__']",
  'toString',
  'toString()',
  'valueOf()',
  '$values.toString',
  'items.map',
  'items.constructor.prototype',
  'hasOwnProperty("x")',
  'Object',
  'Object.prototype',
  'globalThis',
  'global.process',
  'process.env',
  'require("fs")',
  'import("fs")',
  'this',
  'this.constructor',
  'Function("return 1")()',
  'eval("1")',
  'name.length.constructor',
  '(1).constructor',
  '"".constructor.fromCharCode(65)',
  'len.constructor',
  'len.call',
  'sum.apply(null, [1])',
  '{"__proto__": {"polluted": true}}',
  '{"constructor": {"prototype": {"polluted": true}}}',
  '[{"__proto__": {"polluted": 1}}]',
  'a = 1',
  '$values.polluted = 1',
  '__defineGetter__("x", 1)',
  '$values.__lookupGetter__',
  'x => x',
  '`${process}`',
  'new Function("return process")',
  '$form.setValues',
  '$self.setValue(1)',
  '$self.__proto__',
  '$effect',
  '[].concat.constructor',
  '"a".concat("b")',
  '$record?.constructor',
  'items?.["__proto__"]',
  '!'.repeat(5000) + 'x',
  '('.repeat(3000) + 'x' + ')'.repeat(3000),
  '['.repeat(3000) + ']'.repeat(3000),
  'a' + '.b'.repeat(1000),
  'len('.repeat(500) + 'x' + ')'.repeat(500),
  'x'.repeat(MAX_SOURCE_LENGTH + 10),
  '1 + '.repeat(600) + '1',
]

const scope = {
  $values: {
    name: '张三',
    amount: 12,
    items: [{ amount: 1 }, { amount: 2 }],
    nested: { deep: { value: 1 } },
  },
  $applicant: { orgId: 'org-1', name: '李四' },
  $record: { qty: 1 },
  $today: '2026-03-02',
}

function dataObjects(root: unknown, into = new Set<unknown>()): Set<unknown> {
  if (typeof root === 'object' && root !== null && !into.has(root)) {
    into.add(root)
    for (const value of Object.values(root)) dataObjects(value, into)
  }
  return into
}
const known = dataObjects(scope)

function isHarmless(value: unknown): boolean {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return true
  if (typeof value === 'function') return false
  if (known.has(value)) return true
  return Array.isArray(value) && value.every(isHarmless)
}

function attempt(source: string, evaluate: (s: string) => unknown): void {
  let result: unknown
  try {
    result = evaluate(source)
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw new Error(`${source} threw ${String(error)}`)
    return
  }
  if (!isHarmless(result)) throw new Error(`${source} returned ${String(result)}`)
}

const prototypeSnapshot = () => ({
  object: Object.getOwnPropertyNames(Object.prototype).sort(),
  array: Object.getOwnPropertyNames(Array.prototype).sort(),
  func: Object.getOwnPropertyNames(Function.prototype).sort(),
  string: Object.getOwnPropertyNames(String.prototype).sort(),
})

describe('escape and prototype-pollution payloads', () => {
  const before = prototypeSnapshot()

  it.each(PAYLOADS.map((p) => [p.length > 60 ? `${p.slice(0, 57)}…` : p, p]))(
    '%s fails or is harmless',
    (_, source) => {
      attempt(source, (s) => compileExpression(s).evaluate(scope))
      attempt(source, (s) => formilyCompiler(s, { ...scope, $self: { value: 1 }, $effect: () => process }))
    },
  )

  it('refuses outright every payload naming a constructor or prototype, or calling a non-function', () => {
    const refused = PAYLOADS.filter(
      (p) =>
        p !== "['constructor']" &&
        /constructor|__proto__|prototype|=>|\w\(\)|Function\(|eval\(|\.\w+\(/.test(p),
    )
    expect(refused.length).toBeGreaterThan(30)
    const accepted = refused.filter((source) => {
      try {
        compileExpression(source).evaluate(scope)
        return true
      } catch (error) {
        return !(error instanceof ExpressionError)
      }
    })
    expect(accepted).toEqual([])
  })

  it("reads ['constructor'] as what it is: an array holding a string", () => {
    expect(compileExpression("['constructor']").evaluate(scope)).toEqual(['constructor'])
  })

  it('reads host globals as undefined: the scope is the whole world', () => {
    for (const source of ['globalThis', 'process', 'Object', 'global', 'window', 'require', 'module']) {
      expect(compileExpression(source).evaluate(scope)).toBeUndefined()
    }
  })

  it('leaves the built-in prototypes untouched', () => {
    for (const source of PAYLOADS) attempt(source, (s) => compileExpression(s).evaluate(scope))
    expect(prototypeSnapshot()).toEqual(before)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

const TOKENS = [
  'a',
  'b',
  '$values',
  '$self',
  'items',
  'constructor',
  '__proto__',
  'prototype',
  'toString',
  'len',
  'sum',
  'date',
  'x',
  '.',
  '?.',
  '[',
  ']',
  '(',
  ')',
  ',',
  "'",
  '"',
  '`',
  '{',
  '}',
  ':',
  '?',
  '!',
  '-',
  '+',
  '*',
  '/',
  '%',
  '==',
  '===',
  '!=',
  '&&',
  '||',
  '??',
  '<',
  '>=',
  '0',
  '1.5',
  '1e3',
  "'k'",
  '"__proto__"',
  ' ',
  'this',
  'new',
  '=>',
  '=',
  ';',
  '\\',
  '\n',
  '中文',
]

describe('fuzzing', () => {
  const noEscape = (source: string): void => {
    attempt(source, (s) => compileExpression(s).evaluate(scope))
  }

  it('random text only ever fails with ExpressionError, and nothing escapes', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), noEscape), { numRuns: 3000 })
  })

  it('random token soups only ever fail with ExpressionError, and nothing escapes', () => {
    const soup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }).map((t) => t.join(''))
    fc.assert(fc.property(soup, noEscape), { numRuns: 5000 })
  })

  it('checkExpression turns any text into issues, never an exception', () => {
    const env = { fields: ['a', 'b', 'items'], context: ['$values', '$self'] }
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }).map((t) => t.join('')),
        ),
        (source) => {
          const issues = checkExpression(source, env, '/x')
          for (const i of issues) expect(i.path).toBe('/x')
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('random long inputs finish quickly', () => {
    const started = performance.now()
    fc.assert(
      fc.property(
        fc.string({
          minLength: 1500,
          maxLength: 2100,
          unit: fc.constantFrom('(', '[', '!', '-', 'a', '.', '+', ' '),
        }),
        noEscape,
      ),
      { numRuns: 200 },
    )
    // Generous bound for 2 shared cores: a hang or an exponential path would blow far past it.
    expect(performance.now() - started).toBeLessThan(10_000)
  })

  it('keeps the built-in prototypes untouched after fuzzing', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted')
  })
})
