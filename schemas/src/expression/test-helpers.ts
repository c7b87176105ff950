import { compileExpression, type ExpressionScope } from './compile'
import { ExpressionError } from './errors'

/** Evaluate, for tests. */
export const run = (source: string, scope: ExpressionScope = {}): unknown =>
  compileExpression(source).evaluate(scope)

/** The ExpressionError `fn` throws; fails the test if it throws nothing or something else. */
export function errorOf(fn: () => unknown): ExpressionError {
  try {
    fn()
  } catch (error) {
    if (error instanceof ExpressionError) return error
    throw new Error(`expected an ExpressionError, got ${String(error)}`)
  }
  throw new Error('expected an ExpressionError, nothing was thrown')
}

export const codeOf = (source: string, scope: ExpressionScope = {}): string =>
  errorOf(() => run(source, scope)).code
