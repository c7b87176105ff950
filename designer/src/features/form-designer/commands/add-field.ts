import type { FormNode } from '@tongban/schemas'
import { insertChild, removeChild, type FieldPath } from '../model/form-tree'
import type { FormCommand } from './types'

/** Add `node` as `key` into the container at `parent`, at `index` (end by default). */
export function addField(parent: FieldPath, key: string, node: FormNode, index?: number): FormCommand {
  return {
    label: `添加字段 ${node.title ?? key}`,
    execute: (form) => insertChild(form, parent, key, node, index),
    revert: (form) => removeChild(form, [...parent, key]).form,
  }
}
