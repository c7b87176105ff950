import { isPrimitive, primitive } from './values'

/**
 * Operator semantics. On primitives every operator behaves exactly as in JavaScript (the property
 * tests compare against JS). Objects and arrays are refused by arithmetic and ordering, and are
 * compared by identity by `==`/`!=`, so no coercion hook (`valueOf`, `toString`) ever runs.
 * The short-circuit operators (`&&`, `||`, `??`) live in the interpreter, which must not evaluate
 * their right side eagerly.
 */
export type BinaryOperator = (left: unknown, right: unknown, position?: number) => unknown

const arithmetic = (op: string, fn: (a: any, b: any) => unknown): BinaryOperator => {
  return (l, r, position) => fn(primitive(l, op, position), primitive(r, op, position))
}

export const BINARY_OPERATORS: ReadonlyMap<string, BinaryOperator> = new Map(
  Object.entries({
    '+': arithmetic('+', (a, b) => a + b),
    '-': arithmetic('-', (a, b) => a - b),
    '*': arithmetic('*', (a, b) => a * b),
    '/': arithmetic('/', (a, b) => a / b),
    '%': arithmetic('%', (a, b) => a % b),
    '<': arithmetic('<', (a, b) => a < b),
    '>': arithmetic('>', (a, b) => a > b),
    '<=': arithmetic('<=', (a, b) => a <= b),
    '>=': arithmetic('>=', (a, b) => a >= b),
    '==': (l, r) => looseEquals(l, r),
    '!=': (l, r) => !looseEquals(l, r),
    '===': (l, r) => l === r,
    '!==': (l, r) => l !== r,
  } satisfies Record<string, BinaryOperator>),
)

export type UnaryOperator = (value: unknown, position?: number) => unknown

export const UNARY_OPERATORS: ReadonlyMap<string, UnaryOperator> = new Map(
  Object.entries({
    '!': (v) => !v,
    '-': (v, position) => -(primitive(v, '-', position) as any),
    '+': (v, position) => +(primitive(v, '+', position) as any),
  } satisfies Record<string, UnaryOperator>),
)

export const SHORT_CIRCUIT_OPERATORS: ReadonlySet<string> = new Set(['&&', '||', '??'])

// helpers

function looseEquals(l: unknown, r: unknown): boolean {
  if (isPrimitive(l) && isPrimitive(r)) return l == r
  return l === r
}
