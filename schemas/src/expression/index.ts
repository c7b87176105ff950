/**
 * The safe expression language: the only way designer-written logic runs, in the browser and on the
 * server alike. Parsed to an AST (jsep) and interpreted; never `eval`/`new Function`.
 *
 * Names: a bare identifier is a top-level form field (`amount > 10000`); `$`-names are context
 * (`$applicant.orgId`, `$node.id`, `$self`, `$deps[0]`, `$values`, `$record`, `$index`, `$case`).
 *
 * STUB: the implementation lands with the schemas work; signatures here are the contract.
 */
import type { Issue } from '../common/issue'

export type ExpressionScope = Record<string, unknown>

export interface CompiledExpression {
  readonly source: string
  /** Bare (field) names and `$`-context names the expression reads, top-level only. */
  readonly names: readonly string[]
  evaluate(scope: ExpressionScope): unknown
}

/** Thrown by compile/evaluate; carries a code and messages in both languages. */
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

export interface ExpressionEnvironment {
  /** Bare names that exist (form fields). */
  fields: readonly string[]
  /** `$`-names that exist in this place (e.g. `$applicant`, `$node`; `$self`/`$deps` in forms). */
  context: readonly string[]
}

export function compileExpression(_source: string): CompiledExpression {
  throw new ExpressionError('expression.not-implemented', '表达式引擎尚未实现', 'Expression engine not implemented yet')
}

/** Compile (cached by source) and evaluate. */
export function evaluateExpression(source: string, scope: ExpressionScope): unknown {
  return compileExpression(source).evaluate(scope)
}

/** Parse and check names/functions against an environment; `path` prefixes the issues' paths. */
export function checkExpression(_source: string, _env: ExpressionEnvironment, _path: string): Issue[] {
  return []
}

/** The whitelisted functions callable from expressions. */
export const EXPRESSION_FUNCTIONS: readonly string[] = []
