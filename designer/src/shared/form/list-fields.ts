import type { FormDocument, FormNode } from '@tongban/schemas'

export interface FieldInfo {
  /** Data key as expressions and permissions name it (top-level name, or dotted for objects). */
  name: string
  title: string
  component?: string
  type?: FormNode['type']
}

/**
 * The data fields of a form in document order. Layout (void) nodes are walked through; objects add
 * a dotted prefix; array rows are listed as the array itself.
 */
export function listFields(form: FormDocument): FieldInfo[] {
  const out: FieldInfo[] = []
  walk(form.schema, '', out)
  return out
}

function walk(node: FormNode, prefix: string, out: FieldInfo[]) {
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    if (child.type === 'void') {
      walk(child, prefix, out)
      continue
    }
    const name = prefix + key
    out.push({ name, title: child.title ?? key, component: child['x-component'], type: child.type })
    if (child.type === 'object') walk(child, name + '.', out)
  }
}
