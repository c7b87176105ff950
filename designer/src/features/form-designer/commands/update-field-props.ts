import type { FormNode } from '@tongban/schemas'
import { getNode, setNode, type FieldPath } from '../model/form-tree'
import type { FormCommand } from './types'

/** Replace the node at `path` with `next`; `prop` names what changed (typing merges into one step). */
export function updateFieldProps(path: FieldPath, next: FormNode, prop = 'props'): FormCommand {
  let previous: FormNode | undefined
  return {
    label: `修改字段 ${next.title ?? path[path.length - 1]}`,
    mergeKey: `field:${path.join('/')}:${prop}`,
    execute(form) {
      previous = getNode(form, path)
      return previous ? setNode(form, path, next) : form
    },
    revert: (form) => (previous ? setNode(form, path, previous) : form),
  }
}
