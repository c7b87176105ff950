/**
 * Errors of the expression language. Every failure — syntax, a forbidden member, a type mismatch at
 * run time — is an {@link ExpressionError} with a stable code and a message in both languages, so
 * callers never have to tell "our" errors from accidents.
 */
export class ExpressionError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly messageEn: string,
    readonly position?: number,
  ) {
    super(message)
    this.name = 'ExpressionError'
  }
}

/** Stable codes; `check` issues reuse them. */
export const EXPRESSION_ERROR_CODES = [
  'expression.syntax',
  'expression.empty',
  'expression.too-long',
  'expression.too-deep',
  'expression.unsupported-syntax',
  'expression.unsupported-operator',
  'expression.unknown-function',
  'expression.arity',
  'expression.not-callable',
  'expression.forbidden-member',
  'expression.function-value',
  'expression.type-error',
  'expression.unknown-name',
  'expression.unknown-context',
] as const
export type ExpressionErrorCode = (typeof EXPRESSION_ERROR_CODES)[number]

/**
 * Build an error whose messages end with where it happened. `position` is the 0-based index into
 * the source; messages count characters from 1, as people do (`（第 6 个字符处）` / `(at character 6)`).
 */
export function expressionError(
  code: ExpressionErrorCode,
  zh: string,
  en: string,
  position?: number,
): ExpressionError {
  if (position === undefined) return new ExpressionError(code, zh, en)
  const at = position + 1
  return new ExpressionError(code, `${zh}（第 ${at} 个字符处）`, `${en} (at character ${at})`, position)
}
