import { compileExpression, type ExpressionScope } from './compile'

/**
 * The safe replacement for Formily's `new Function` compiler:
 *
 * ```ts
 * import { Schema } from '@formily/json-schema'
 * Schema.registerCompiler(formilyCompiler)
 * ```
 *
 * Formily hands over the source inside `{{ }}` and its scope (`$self`, `$form`, `$values`, `$deps`,
 * `$record`, `$index`, `$target`, plus injected names). Data (`$values`, `$deps`, `$record` …)
 * passes through as is. Formily's field and form objects keep their state in prototype getters,
 * which own-property reads cannot see, and carry methods an expression must never reach — so
 * `$self`, `$target` and `$form` are replaced by read-only views of whitelisted state. Each view
 * reads through to the live object, so Formily's reactive tracking still sees the dependency.
 */
export function formilyCompiler(expression: string, scope?: ExpressionScope): unknown {
  return compileExpression(expression).evaluate(formilyScope(scope ?? {}))
}

/** State of a Formily field readable as `$self.x` / `$target.x`. */
export const FORMILY_FIELD_VIEW_KEYS: readonly string[] = [
  'value',
  'initialValue',
  'inputValue',
  'display',
  'visible',
  'hidden',
  'pattern',
  'editable',
  'disabled',
  'readOnly',
  'readPretty',
  'required',
  'title',
  'description',
  'dataSource',
  'valid',
  'invalid',
  'modified',
  'path',
  'address',
]

/** State of a Formily form readable as `$form.x`. */
export const FORMILY_FORM_VIEW_KEYS: readonly string[] = [
  'values',
  'initialValues',
  'valid',
  'invalid',
  'modified',
  'pattern',
  'display',
  'submitting',
  'validating',
]

// helpers

const views = new WeakMap<object, object>()

function formilyScope(scope: ExpressionScope): ExpressionScope {
  const out: ExpressionScope = Object.create(null) as ExpressionScope
  for (const key of Object.keys(scope)) {
    const value = scope[key]
    if (key === '$self' || key === '$target') out[key] = viewOf(value, FORMILY_FIELD_VIEW_KEYS)
    else if (key === '$form') out[key] = viewOf(value, FORMILY_FORM_VIEW_KEYS)
    // Formily's helpers ($observable, $effect, $memo, $props …) are functions: leave them out
    // rather than let a read of them fail the whole expression.
    else if (typeof value !== 'function') out[key] = value
  }
  return out
}

function viewOf(target: unknown, keys: readonly string[]): unknown {
  if (typeof target !== 'object' || target === null) return target
  let view = views.get(target)
  if (!view) {
    view = Object.create(null) as object
    for (const key of keys) {
      Object.defineProperty(view, key, {
        enumerable: true,
        get: () => plain((target as Record<string, unknown>)[key]),
      })
    }
    views.set(target, Object.freeze(view))
  }
  return view
}

/** Paths and addresses are FormPath objects: hand them over as their text. */
function plain(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && 'entire' in value)
    return String((value as { entire: unknown }).entire)
  return value
}
