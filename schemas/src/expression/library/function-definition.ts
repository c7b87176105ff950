import { expressionError, type ExpressionError } from '../errors'

/**
 * One whitelisted function. `summary` is the documentation shown to form and flow designers
 * (autocomplete, help panel); `call` must be pure and deterministic — no clock, no randomness, no
 * I/O — and must never return a function.
 */
export interface ExpressionFunction {
  readonly name: string
  /** Call shape shown to designers, e.g. `round(x[, digits])`. */
  readonly signature: string
  readonly minArgs: number
  /** `Infinity` for variadic functions. */
  readonly maxArgs: number
  readonly summary: { readonly 'zh-CN': string; readonly en: string }
  call(args: readonly unknown[], position?: number): unknown
}

/** A wrong argument type, named by function and argument number (1-based). */
export function argumentError(
  fn: string,
  index: number,
  expected: { zh: string; en: string },
  position?: number,
): ExpressionError {
  return expressionError(
    'expression.type-error',
    `函数 ${fn} 的第 ${index + 1} 个参数应为${expected.zh}`,
    `Argument ${index + 1} of ${fn} must be ${expected.en}`,
    position,
  )
}

/** `null`, `undefined` and `''`: what a form field holds when nothing was entered. */
export function isBlank(value: unknown): value is null | undefined | '' {
  return value === null || value === undefined || value === ''
}
