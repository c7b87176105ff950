/** `members.1.name` → `members.*.name` (the `listFields` path of a concrete data path). */
export function toPattern(path: string): string {
  return path
    .split('.')
    .map((s) => (/^\d+$/.test(s) ? '*' : s))
    .join('.')
}

export function join(base: string, key: string | number): string {
  return base ? `${base}.${key}` : String(key)
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false
  // Realm-safe: an object from another realm (structuredClone, a worker, a jest sandbox) has another
  // Object.prototype, but still one whose own prototype is null.
  const proto: unknown = Object.getPrototypeOf(v)
  return proto === null || Object.getPrototypeOf(proto) === null
}
