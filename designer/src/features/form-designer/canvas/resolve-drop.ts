import type { FormDocument } from '@tongban/schemas'
import { childEntries, getNode, type FieldPath } from '../model/form-tree'
import { parsePath } from './form-canvas'

/**
 * Where a drop lands: over a container → its end; over a field → that field's place in its
 * container. Returns the container path and the index.
 */
export function resolveDrop(form: FormDocument, overId: string): { parent: FieldPath; index: number } | undefined {
  const path = parsePath(overId)
  if (overId.startsWith('container:')) {
    const node = getNode(form, path)
    return node ? { parent: path, index: childEntries(node).length } : undefined
  }
  const parent = path.slice(0, -1)
  const node = getNode(form, parent)
  if (!node) return undefined
  const index = childEntries(node).findIndex(([k]) => k === path[path.length - 1])
  return index < 0 ? undefined : { parent, index }
}
