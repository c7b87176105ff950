import type { FormDocument, FormNode } from '@tongban/schemas'

/**
 * The data shape of a form: its fields as they appear in the submitted values. Layout nodes
 * (`type: "void"`: cards, grids, tabs, table columns) hold no data, so their children are lifted
 * to the nearest data parent, exactly as Formily builds data paths.
 */
export interface DataNode {
  /** Property name in the parent object. */
  key: string
  /** Path pattern from the root, array rows as `*` (`members.*.name`). */
  pattern: string
  node: FormNode
  /** `object` has known properties; `array` holds rows; `leaf` is a value (also objects without properties). */
  kind: 'leaf' | 'object' | 'array'
  /** For `object`: its properties; for `array` with object rows: the row's properties. */
  children: DataNode[]
  /** Layout ancestors between the data parent and this node (their visibility hides this node too). */
  layout: FormNode[]
}

const cache = new WeakMap<FormNode, DataNode[]>()

/** Top-level data fields of a form (cached per schema object). */
export function dataTree(form: FormDocument | FormNode): DataNode[] {
  const root = 'schema' in form && form.schema && typeof form.schema === 'object' ? (form as FormDocument).schema : (form as FormNode)
  let tree = cache.get(root)
  if (!tree) {
    tree = dataChildren(root, '')
    cache.set(root, tree)
  }
  return tree
}

/** Properties in Formily's order: `x-index` first, then declaration order. */
export function orderedProperties(node: FormNode): Array<[string, FormNode]> {
  const ordered: Array<[string, FormNode]> = []
  const unordered: Array<[string, FormNode]> = []
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const index = child['x-index']
    if (typeof index === 'number' && !Number.isNaN(index)) ordered[index] = [key, child]
    else unordered.push([key, child])
  }
  return ordered.filter(Boolean).concat(unordered)
}

/** Every data node, depth first. */
export function flattenTree(tree: readonly DataNode[]): DataNode[] {
  const out: DataNode[] = []
  const visit = (nodes: readonly DataNode[]) => {
    for (const n of nodes) {
      out.push(n)
      visit(n.children)
    }
  }
  visit(tree)
  return out
}

// helpers

function dataChildren(node: FormNode, base: string, layout: FormNode[] = []): DataNode[] {
  const out: DataNode[] = []
  for (const [key, child] of orderedProperties(node)) {
    if (child.type === 'void') {
      out.push(...dataChildren(child, base, [...layout, child]))
      continue
    }
    const pattern = base ? `${base}.${key}` : key
    out.push(dataNode(key, pattern, child, layout))
  }
  return out
}

function dataNode(key: string, pattern: string, node: FormNode, layout: FormNode[]): DataNode {
  if (node.type === 'array') {
    const items = node.items
    const rows = items && items.properties ? dataChildren(items, `${pattern}.*`, items.type === 'void' ? [items] : []) : []
    return { key, pattern, node, kind: 'array', children: rows, layout }
  }
  if (node.type === 'object' && node.properties) {
    return { key, pattern, node, kind: 'object', children: dataChildren(node, pattern), layout }
  }
  return { key, pattern, node, kind: 'leaf', children: [], layout }
}
