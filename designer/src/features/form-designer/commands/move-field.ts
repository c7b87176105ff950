import { getNode, insertChild, removeChild, type FieldPath } from '../model/form-tree'
import type { FormCommand } from './types'

/**
 * Move the field at `from` into the container `toParent` at `toIndex` (index in the container
 * after the field has been taken out). Reorders within a container and nests across containers.
 */
export function moveField(from: FieldPath, toParent: FieldPath, toIndex: number): FormCommand {
  const key = from[from.length - 1]!
  const fromParent = from.slice(0, -1)
  let fromIndex = -1
  return {
    label: `移动字段 ${key}`,
    execute(form) {
      if (toParent.length >= from.length && from.every((s, i) => toParent[i] === s)) return form // into itself
      const r = removeChild(form, from)
      if (!getNode(r.form, toParent)) return form
      fromIndex = r.index
      if (fromParent.join('/') === toParent.join('/') && r.index === toIndex) return form
      return insertChild(r.form, toParent, key, r.node, toIndex)
    },
    revert(form) {
      const r = removeChild(form, [...toParent, key])
      return insertChild(r.form, fromParent, key, r.node, fromIndex)
    },
  }
}
