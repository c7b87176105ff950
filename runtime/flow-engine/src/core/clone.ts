import type { CaseState } from '../types'

/**
 * Copy of a state the engine may mutate. Form data is copied one level deep only: the engine never
 * mutates a field value in place, it replaces it.
 */
export function cloneState(state: CaseState): CaseState {
  const copy = deepClone(state)
  return copy
}

/** Deep copy of a JSON value (faster than structuredClone for small documents). */
export function deepClone<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) {
    const out = new Array(value.length)
    for (let i = 0; i < value.length; i++) out[i] = deepClone(value[i])
    return out as T
  }
  const out: Record<string, unknown> = {}
  for (const key in value as Record<string, unknown>) {
    const v = (value as Record<string, unknown>)[key]
    if (v !== undefined) out[key] = deepClone(v)
  }
  return out as T
}
