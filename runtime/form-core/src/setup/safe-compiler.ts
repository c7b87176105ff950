import { compileExpression, ExpressionError, formilyCompiler } from '@tongban/schemas'

export interface ExpressionFailure {
  /** The expression source (without the `{{ }}`). */
  source: string
  /** Data path of the field whose reaction or property ran it, when known. */
  path?: string
  code: string
  message: string
  messageEn: string
}

type FormilyScope = Record<string, any>
type Listener = (failure: ExpressionFailure, form: unknown) => void
const listeners = new Set<Listener>()

/** Be told about expressions that fail (to log them, or to report them as submission errors). */
export function onExpressionFailure(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/**
 * The compiler Formily uses for every `{{ … }}` once {@link setupFormRuntime} ran: the safe
 * expression language's `formilyCompiler` from `@tongban/schemas`, never `new Function`, plus:
 *
 * - bare names (top-level fields) are read through Formily's observable `$values` before the
 *   expression runs, so the reaction subscribes to them even while they have no value yet (an
 *   own-property check alone does not subscribe, and the linkage would never re-run);
 * - a failing expression yields `undefined` and is reported to {@link onExpressionFailure}
 *   listeners instead of throwing: a throw inside a Formily reaction breaks the whole form in a
 *   clerk's browser. Submission validation turns the reports into errors.
 */
export function safeFormilyCompiler(source: string, scope: FormilyScope = {}): unknown {
  try {
    const compiled = compileExpression(source)
    const values = compiled.names.some((n) => !n.startsWith('$')) ? scope.$values : undefined
    if (values && typeof values === 'object') {
      for (const name of compiled.names) if (!name.startsWith('$')) void values[name]
    }
    return formilyCompiler(source, scope)
  } catch (error) {
    report(source, scope, error)
    return undefined
  }
}

// helpers

function report(source: string, scope: FormilyScope, error: unknown): void {
  const self = safeGet(scope, '$self')
  const text = String((error as Error)?.message ?? error)
  const failure: ExpressionFailure =
    error instanceof ExpressionError
      ? { source, code: error.code, message: error.message, messageEn: error.messageEn }
      : { source, code: 'expression.failed', message: text, messageEn: text }
  if (self && self.path !== undefined) failure.path = String(self.path)
  const form = self?.form
  for (const listener of listeners) listener(failure, form)
}

function safeGet(scope: FormilyScope, key: string): any {
  try {
    return scope[key]
  } catch {
    return undefined
  }
}
