/**
 * Deep copy of JSON-like data (plain objects and arrays; other values are shared). Used instead of
 * `structuredClone` so copies belong to the caller's realm and the core needs no DOM/Node typings.
 */
export function cloneData<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => cloneData(v)) as T
  if (typeof value === 'object' && value !== null) {
    const proto: unknown = Object.getPrototypeOf(value)
    if (proto !== null && Object.getPrototypeOf(proto) !== null) return value
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value)) out[key] = cloneData((value as Record<string, unknown>)[key])
    return out as T
  }
  return value
}
