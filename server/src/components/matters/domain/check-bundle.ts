import * as schemas from '@tongban/schemas'
import { MatterBundle, validateAgainst, type Issue } from '@tongban/schemas'

type BundleValidator = (value: unknown) => { ok: boolean; issues: Issue[] } | Issue[]

/**
 * Every problem of a bundle: its shape against the contract and, once @tongban/schemas exports it,
 * the semantic checks of `validateBundle` (flow graph, expressions, field references). Until then
 * only the shape is checked; the seam is here so nothing else changes when it lands.
 */
export function checkBundle(value: unknown): Issue[] {
  const shape = validateAgainst(MatterBundle, value)
  if (!shape.ok) return shape.issues
  const semantic = (schemas as unknown as { validateBundle?: BundleValidator }).validateBundle
  if (!semantic) return []
  const result = semantic(value)
  return Array.isArray(result) ? result : result.issues
}

export function errorsOnly(issues: readonly Issue[]): Issue[] {
  return issues.filter((i) => i.severity === 'error')
}
