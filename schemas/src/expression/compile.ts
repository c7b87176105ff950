import { analyse } from './analyse'
import { expressionError } from './errors'
import { compileNode } from './interpreter'
import { COMPILE_CACHE_SIZE } from './limits'
import { parseExpression } from './parser'
import { guardValue } from './values'

export type ExpressionScope = Record<string, unknown>

export interface CompiledExpression {
  readonly source: string
  /** Bare (field) names and `$`-context names the expression reads, top-level only. */
  readonly names: readonly string[]
  evaluate(scope: ExpressionScope): unknown
}

const cache = new Map<string, CompiledExpression>()

/**
 * Parse, check and compile an expression; compiled expressions are cached by source text.
 * Throws {@link ExpressionError} for anything the language does not allow.
 *
 * @example
 * const overLimit = compileExpression('sum(items, "amount") > 10000 && !isEmpty(reason)')
 * overLimit.names // ['items', 'reason']
 * overLimit.evaluate({ $values: { items: [{ amount: 12000 }], reason: '急需' } }) // true
 */
export function compileExpression(source: string): CompiledExpression {
  const hit = typeof source === 'string' ? cache.get(source) : undefined
  if (hit) return hit
  const ast = parseExpression(source)
  const analysis = analyse(ast)
  const [first] = analysis.problems
  if (first) throw first
  const evaluator = compileNode(ast)
  const compiled: CompiledExpression = Object.freeze({
    source,
    names: Object.freeze(analysis.names.map((n) => n.name)),
    evaluate(scope: ExpressionScope): unknown {
      if (typeof scope !== 'object' || scope === null) {
        throw expressionError(
          'expression.type-error',
          '求值作用域必须是对象',
          'The evaluation scope must be an object',
        )
      }
      return guardValue(evaluator(scope))
    },
  })
  remember(source, compiled)
  return compiled
}

/**
 * Compile (cached by source) and evaluate.
 *
 * @example
 * evaluateExpression('diffDays($today, deadline) <= 3', { $today: '2026-03-02', deadline: '2026-03-04' }) // true
 */
export function evaluateExpression(source: string, scope: ExpressionScope): unknown {
  return compileExpression(source).evaluate(scope)
}

// helpers

function remember(source: string, compiled: CompiledExpression): void {
  if (cache.size >= COMPILE_CACHE_SIZE) {
    // Oldest first: Map iteration follows insertion order.
    const oldest = cache.keys().next()
    if (!oldest.done) cache.delete(oldest.value)
  }
  cache.set(source, compiled)
}
