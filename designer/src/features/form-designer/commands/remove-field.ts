import type { FormNode } from '@tongban/schemas'
import { insertChild, removeChild, type FieldPath } from '../model/form-tree'
import type { FormCommand } from './types'

/** Remove the field (or container, with everything inside) at `path`. */
export function removeField(path: FieldPath): FormCommand {
  let removed: { node: FormNode; index: number } | undefined
  const parent = path.slice(0, -1)
  const key = path[path.length - 1]!
  return {
    label: `删除字段 ${key}`,
    execute(form) {
      const r = removeChild(form, path)
      removed = r
      return r.form
    },
    revert: (form) => (removed ? insertChild(form, parent, key, removed.node, removed.index) : form),
  }
}
