import { toJS } from '@formily/reactive'
import type { MountedNode } from '../mount/mount-form'

/**
 * The values to store, rebuilt from the mounted fields: only data fields that are displayed
 * (`display !== 'none'`, which includes every field under a hidden layout container — Formily only
 * clears the values of fields whose own visibility changed). Fields hidden with `x-hidden`
 * (`display: 'hidden'`) keep their values, as Formily documents.
 */
export function collectValues(nodes: readonly MountedNode[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const n of nodes) {
    if (n.field.display === 'none') continue
    switch (n.kind) {
      case 'void':
        Object.assign(out, collectValues(n.children))
        break
      case 'object': {
        const value = collectValues(n.children)
        if (Object.keys(value).length > 0) out[n.key] = value
        break
      }
      case 'array': {
        const value = (n.field as { value?: unknown }).value
        // An empty list is stored as no value (Formily gives every array field `[]`).
        if (n.rows && hasRowFields(n)) {
          if (n.rows.length > 0) out[n.key] = n.rows.map(collectRow)
        } else if (Array.isArray(value) ? value.length > 0 : value !== undefined) out[n.key] = toJS(value)
        break
      }
      default: {
        const value = (n.field as { value?: unknown }).value
        if (value !== undefined) out[n.key] = toJS(value)
      }
    }
  }
  return out
}

// helpers

function hasRowFields(n: MountedNode): boolean {
  const items = n.schema.items as { properties?: unknown } | undefined
  return !!items && !Array.isArray(items) && !!items.properties
}

function collectRow(row: MountedNode[]): Record<string, unknown> {
  const only = row[0]
  if (row.length === 1 && only && only.kind === 'object' && typeof only.key === 'number') {
    return only.field.display === 'none' ? {} : collectValues(only.children)
  }
  return collectValues(row)
}
