import type { Material } from '@tongban/schemas'
import { missingMaterials } from '../materials/check-materials'
import { checkMessage, type FormLanguage } from '../messages/catalogue'
import type { MountedNode } from '../mount/mount-form'
import { toFormError } from './to-form-error'
import type { FormError } from './types'

/** Each displayed `MaterialUpload` field must hold a file for every required, not system-supplied material. */
export function materialsErrors(nodes: readonly MountedNode[], materials: readonly Material[], lang: FormLanguage, errors: FormError[] = []): FormError[] {
  for (const n of nodes) {
    if (n.field.display !== 'visible') continue
    if (n.schema['x-component'] === 'MaterialUpload') {
      const missing = missingMaterials(materials, (n.field as { value?: unknown }).value)
      if (missing.length) {
        const names = missing.map((m) => m.name)
        const message = checkMessage('materials-missing', { names: names.join('、') })
        message.en = message.en.replace(names.join('、'), names.join(', '))
        errors.push(toFormError(String(n.field.path), message, lang, n.field.title))
      }
    }
    materialsErrors(n.children, materials, lang, errors)
    for (const row of n.rows ?? []) materialsErrors(row, materials, lang, errors)
  }
  return errors
}
