import type { DataNode } from '../schema/data-tree'
import { isPlainObject } from './paths'

/**
 * Remove computed fields (`x-tongban.computed`) from the input so their reactions recompute them:
 * Formily keeps an existing value over a reaction's while a field initialises, so a client could
 * otherwise submit `total: 999` for `qty × price`.
 */
export function stripComputed(nodes: readonly DataNode[], input: Record<string, unknown>): void {
  for (const d of nodes) {
    if (!(d.key in input)) continue
    if (d.node['x-tongban']?.computed === true) {
      delete input[d.key]
      continue
    }
    const value = input[d.key]
    if (d.kind === 'object' && isPlainObject(value)) stripComputed(d.children, value)
    if (d.kind === 'array' && Array.isArray(value)) {
      for (const row of value) if (isPlainObject(row)) stripComputed(d.children, row)
    }
  }
}
