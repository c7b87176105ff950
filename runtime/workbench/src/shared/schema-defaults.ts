import type { FormDocument } from '@tongban/schemas'

type Node = { type?: string; default?: unknown; properties?: Record<string, Node> }

/**
 * The `default` values of the form's data fields (through void layout containers, into objects).
 * The app starts a new case with them under any auto-filled values, so a value given to the
 * renderer never drops a default (see the report: the renderer overwrites its values with `value`).
 * @example schemaDefaults(form) // { method: 'read', classified: false }
 */
export function schemaDefaults(form: FormDocument): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  walk(form.schema as Node, out)
  return out
}

// helpers

function walk(node: Node, out: Record<string, unknown>): void {
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    if (child.type === 'void') walk(child, out)
    else if (child.type === 'object') {
      const inner: Record<string, unknown> = {}
      walk(child, inner)
      if (Object.keys(inner).length) out[key] = inner
    } else if (child.default !== undefined) out[key] = child.default
  }
}
