import fc from 'fast-check'
import { compileExpression } from './compile'
import { MAX_AST_DEPTH, MAX_SOURCE_LENGTH } from './limits'

/**
 * Generated arithmetic, comparison and logical expressions over primitives must evaluate exactly as
 * JavaScript does. The reference evaluator below applies JS operators directly to the generated
 * tree; the language is tested through its source text.
 */
type Gen =
  | { kind: 'literal'; value: number | string | boolean | null }
  | { kind: 'name'; name: 'x' | 'y' | 'z' }
  | { kind: 'unary'; op: '!' | '-' | '+'; arg: Gen }
  | { kind: 'binary'; op: string; left: Gen; right: Gen }
  | { kind: 'conditional'; test: Gen; then: Gen; otherwise: Gen }

const BINARY = ['+', '-', '*', '/', '%', '==', '!=', '===', '!==', '<', '>', '<=', '>=', '&&', '||', '??']

const literal = fc.oneof(
  fc.integer({ min: 0, max: 1000 }).map((value) => ({ kind: 'literal', value }) as Gen),
  fc.integer({ min: 0, max: 400 }).map((n) => ({ kind: 'literal', value: n / 8 }) as Gen),
  fc.stringMatching(/^[a-c0-9 ]{0,4}$/).map((value) => ({ kind: 'literal', value }) as Gen),
  fc.boolean().map((value) => ({ kind: 'literal', value }) as Gen),
  fc.constant({ kind: 'literal', value: null } as Gen),
)
const name = fc.constantFrom('x', 'y', 'z').map((n) => ({ kind: 'name', name: n }) as Gen)

const { tree } = fc.letrec<{ tree: Gen }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    literal,
    name,
    fc.record({
      kind: fc.constant('unary'),
      op: fc.constantFrom('!', '-', '+'),
      arg: tie('tree'),
    }) as fc.Arbitrary<Gen>,
    fc.record({
      kind: fc.constant('binary'),
      op: fc.constantFrom(...BINARY),
      left: tie('tree'),
      right: tie('tree'),
    }) as fc.Arbitrary<Gen>,
    fc.record({
      kind: fc.constant('conditional'),
      test: tie('tree'),
      then: tie('tree'),
      otherwise: tie('tree'),
    }) as fc.Arbitrary<Gen>,
  ),
}))

const primitive = fc.oneof(
  fc.double({ noDefaultInfinity: true }),
  fc.integer(),
  fc.string({ maxLength: 3 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
)

function render(node: Gen): string {
  switch (node.kind) {
    case 'literal':
      return typeof node.value === 'string' ? JSON.stringify(node.value) : String(node.value)
    case 'name':
      return node.name
    case 'unary':
      return `(${node.op}${render(node.arg)})`
    case 'binary':
      return `(${render(node.left)} ${node.op} ${render(node.right)})`
    case 'conditional':
      return `(${render(node.test)} ? ${render(node.then)} : ${render(node.otherwise)})`
  }
}

function depth(node: Gen): number {
  switch (node.kind) {
    case 'literal':
    case 'name':
      return 1
    case 'unary':
      return 1 + depth(node.arg)
    case 'binary':
      return 1 + Math.max(depth(node.left), depth(node.right))
    case 'conditional':
      return 1 + Math.max(depth(node.test), depth(node.then), depth(node.otherwise))
  }
}

function reference(node: Gen, env: Record<string, unknown>): any {
  switch (node.kind) {
    case 'literal':
      return node.value
    case 'name':
      return env[node.name]
    case 'unary': {
      const v = reference(node.arg, env)
      return node.op === '!' ? !v : node.op === '-' ? -v : +v
    }
    case 'conditional':
      return reference(node.test, env) ? reference(node.then, env) : reference(node.otherwise, env)
    case 'binary': {
      const l = () => reference(node.left, env)
      const r = () => reference(node.right, env)
      switch (node.op) {
        case '&&':
          return l() && r()
        case '||':
          return l() || r()
        case '??':
          return l() ?? r()
        case '+':
          return l() + r()
        case '-':
          return l() - r()
        case '*':
          return l() * r()
        case '/':
          return l() / r()
        case '%':
          return l() % r()
        case '==':
          return l() == r()
        case '!=':
          return l() != r()
        case '===':
          return l() === r()
        case '!==':
          return l() !== r()
        case '<':
          return l() < r()
        case '>':
          return l() > r()
        case '<=':
          return l() <= r()
        case '>=':
          return l() >= r()
      }
      throw new Error(node.op)
    }
  }
}

describe('semantics match JavaScript on primitives', () => {
  it('for generated expressions and variable values', () => {
    fc.assert(
      fc.property(tree, primitive, primitive, primitive, (node, x, y, z) => {
        const source = render(node)
        fc.pre(source.length <= MAX_SOURCE_LENGTH && depth(node) <= MAX_AST_DEPTH)
        const env = { x, y, z }
        expect(Object.is(compileExpression(source).evaluate(env), reference(node, env))).toBe(true)
      }),
      { numRuns: 3000 },
    )
  })
})
