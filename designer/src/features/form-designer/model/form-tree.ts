import type { FormDocument, FormNode } from '@tongban/schemas'

/**
 * Addresses of nodes in a form schema: the property keys from the root; the segment `[]` steps
 * into an array's `items`. `[]` can never be a field name (see FIELD_NAME_PATTERN).
 */
export type FieldPath = readonly string[]
export const ITEMS = '[]'

export function getNode(form: FormDocument, path: FieldPath): FormNode | undefined {
  let node: FormNode | undefined = form.schema
  for (const seg of path) node = seg === ITEMS ? node?.items : node?.properties?.[seg]
  return node
}

/** Replace the node at `path` (structural sharing along the path). */
export function setNode(form: FormDocument, path: FieldPath, next: FormNode): FormDocument {
  return { ...form, schema: setIn(form.schema, path, next) }
}

/** Children of a container as ordered [key, node] pairs (`items` is a container of one). */
export function childEntries(node: FormNode): Array<[string, FormNode]> {
  return Object.entries(node.properties ?? {})
}

export function insertChild(form: FormDocument, parent: FieldPath, key: string, child: FormNode, index?: number): FormDocument {
  const p = getNode(form, parent)
  if (!p) throw new Error(`no container at /${parent.join('/')}`)
  if (p.properties && key in p.properties) throw new Error(`字段名「${key}」已存在 / Field name "${key}" exists`)
  const entries = childEntries(p)
  entries.splice(index ?? entries.length, 0, [key, child])
  return setNode(form, parent, { ...p, properties: Object.fromEntries(entries) })
}

export function removeChild(form: FormDocument, path: FieldPath): { form: FormDocument; node: FormNode; index: number } {
  const parentPath = path.slice(0, -1)
  const key = path[path.length - 1]!
  const p = getNode(form, parentPath)
  const entries = p ? childEntries(p) : []
  const index = entries.findIndex(([k]) => k === key)
  if (!p || index < 0) throw new Error(`no field at /${path.join('/')}`)
  const node = entries[index]![1]
  entries.splice(index, 1)
  return { form: setNode(form, parentPath, { ...p, properties: Object.fromEntries(entries) }), node, index }
}

/** Every key used anywhere in the form (new names must be unique across the whole form). */
export function allKeys(form: FormDocument): Set<string> {
  const keys = new Set<string>()
  const walk = (n: FormNode) => {
    for (const [k, c] of childEntries(n)) {
      keys.add(k)
      walk(c)
    }
    if (n.items) walk(n.items)
  }
  walk(form.schema)
  return keys
}

/** `base`, `base_2`, `base_3` … the first not used in the form. */
export function uniqueKey(form: FormDocument, base: string): string {
  const used = allKeys(form)
  if (!used.has(base)) return base
  let n = 2
  while (used.has(`${base}_${n}`)) n++
  return `${base}_${n}`
}

// helpers //////////////////////

function setIn(node: FormNode, path: FieldPath, next: FormNode): FormNode {
  if (!path.length) return next
  const [seg, ...rest] = path
  if (seg === ITEMS) {
    if (!node.items) throw new Error('no items')
    return { ...node, items: setIn(node.items, rest, next) }
  }
  const child = node.properties?.[seg!]
  if (!child) throw new Error(`no field ${seg}`)
  return { ...node, properties: { ...node.properties, [seg!]: setIn(child, rest, next) } }
}
