/**
 * Only the keys the node may edit (the server rejects the rest as `field-not-editable`).
 * @example pickFields({ a: 1, b: 2 }, ['b']) // { b: 2 }
 */
export function pickFields(values: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const k of keys) if (k in values) out[k] = values[k]
  return out
}
