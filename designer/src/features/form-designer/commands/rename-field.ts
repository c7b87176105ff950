import { insertChild, removeChild, type FieldPath } from '../model/form-tree'
import type { FormCommand } from './types'

/** Change a field's name (its data key), keeping its place among its siblings. */
export function renameField(path: FieldPath, newKey: string): FormCommand {
  const parent = path.slice(0, -1)
  const oldKey = path[path.length - 1]!
  const rename = (from: string, to: string) => (form: Parameters<FormCommand['execute']>[0]) => {
    const r = removeChild(form, [...parent, from])
    return insertChild(r.form, parent, to, r.node, r.index)
  }
  return {
    label: `重命名字段 ${oldKey} → ${newKey}`,
    execute: (form) => (newKey === oldKey ? form : rename(oldKey, newKey)(form)),
    revert: rename(newKey, oldKey),
  }
}
