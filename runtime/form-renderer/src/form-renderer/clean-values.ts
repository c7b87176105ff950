/** @formily/antd-v5's ArrayTable writes its row bookkeeping into each row under this prefix. */
const INTERNAL = '__DO_NOT_USE_THIS_PROPERTY'

/**
 * Plain form values as an app should keep or send them: a deep copy without the bookkeeping keys
 * ArrayTable writes into its rows (`__DO_NOT_USE_THIS_PROPERTY_index__`), which the server rightly
 * rejects as unknown fields. `getValues()`, `submit()`, `onSubmit` and `onChange` already return
 * clean values; use this only with values read from the Formily `form` directly.
 * @example cleanValues({ rows: [{ a: 1, __DO_NOT_USE_THIS_PROPERTY_index__: 0 }] }) // { rows: [{ a: 1 }] }
 */
export function cleanValues<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => cleanValues(v)) as T
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) if (!k.startsWith(INTERNAL)) out[k] = cleanValues(v)
    return out as T
  }
  return value
}

// helpers

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!value || typeof value !== 'object') return false
  const proto = Object.getPrototypeOf(value) as unknown
  return proto === Object.prototype || proto === null
}
