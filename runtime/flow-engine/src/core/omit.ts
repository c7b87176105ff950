/**
 * A record without one key. The engine's records (tasks, timers, activities, forks) are tiny; a
 * fresh object keeps V8's fast properties where `delete` would turn them into slow dictionaries.
 */
export function omit<T>(record: Record<string, T>, key: string): Record<string, T> {
  const out: Record<string, T> = {}
  for (const k in record) if (k !== key) out[k] = record[k]!
  return out
}
