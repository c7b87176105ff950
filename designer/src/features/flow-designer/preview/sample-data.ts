import type { FormDocument } from '@tongban/schemas'
import { listFields } from '../../../shared/form/list-fields'

/** A starting point for preview data: each top-level field's default, or a typed blank. */
export function sampleData(form: FormDocument): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, node] of Object.entries(form.schema.properties ?? {})) {
    if (node.type === 'void') continue
    out[key] = node.default ?? blank(node.type)
  }
  for (const f of listFields(form)) if (!f.name.includes('.') && !(f.name in out)) out[f.name] = blank(f.type)
  return out
}

function blank(type: string | undefined): unknown {
  switch (type) {
    case 'number':
    case 'integer':
      return 0
    case 'boolean':
      return false
    case 'array':
      return []
    case 'object':
      return {}
    default:
      return ''
  }
}
