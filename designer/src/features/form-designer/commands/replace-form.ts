import type { FormDocument } from '@tongban/schemas'
import type { FormCommand } from './types'

/** Replace the whole form (JSON view, standard template). */
export function replaceForm(next: FormDocument, label = '替换表单'): FormCommand {
  let previous: FormDocument | undefined
  return {
    label,
    execute(form) {
      previous = form
      return next
    },
    revert: (form) => previous ?? form,
  }
}
