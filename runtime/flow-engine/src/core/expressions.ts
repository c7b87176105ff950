import { ExpressionError, evaluateExpression, type DataMapping } from '@tongban/schemas'
import { fault } from './fault'

/** Evaluate a condition or mapping expression; a broken expression refuses the command (422). */
export function evaluate(source: string, scope: Record<string, unknown>, where: string): unknown {
  try {
    return evaluateExpression(source, scope)
  } catch (e) {
    if (e instanceof ExpressionError)
      fault('expression.failed', 422, `表达式出错（${where}）：${e.message}`, `Expression failed (${where}): ${e.messageEn}`, [
        { path: where, code: e.code, message: e.message, messageEn: e.messageEn },
      ])
    throw e
  }
}

/** Truthiness of a condition (only `true`-like values take a branch). */
export function holds(source: string, scope: Record<string, unknown>, where: string): boolean {
  return Boolean(evaluate(source, scope, where))
}

/** Apply data mappings: each `from` expression evaluated in `scope`, written to `to`. */
export function mapData(
  mappings: readonly DataMapping[],
  scope: Record<string, unknown>,
  where: string,
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  mappings.forEach((m, i) => {
    out[m.to] = evaluate(m.from, scope, `${where}/${i}`)
  })
  return out
}
