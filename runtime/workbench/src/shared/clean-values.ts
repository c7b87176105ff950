/** @formily/antd-v5's ArrayTable stores its own bookkeeping in each row under this prefix. */
const INTERNAL = '__DO_NOT_USE_THIS_PROPERTY'

/**
 * Form values as the server should get them: without the widget bookkeeping keys the ArrayTable
 * leaves in rows (the server rightly rejects them as unknown fields).
 * @example cleanValues({ rows: [{ a: 1, __DO_NOT_USE_THIS_PROPERTY_index__: 0 }] }) // { rows: [{ a: 1 }] }
 */
export function cleanValues<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => cleanValues(v)) as T
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) if (!k.startsWith(INTERNAL)) out[k] = cleanValues(v)
    return out as T
  }
  return value
}
