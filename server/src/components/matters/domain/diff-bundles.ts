import diff, { type Difference } from 'microdiff'
import type { FormNode, MatterBundle } from '@tongban/schemas'

export interface BundleDiff {
  summary: {
    matter: { changed: string[] }
    fields: { added: string[]; removed: string[]; changed: string[] }
    nodes: { added: string[]; removed: string[]; changed: string[] }
    edges: { added: string[]; removed: string[]; changed: string[] }
    settingsChanged: boolean
    layoutChanged: boolean
  }
  /** Every low-level change as a JSON pointer with old and new values (capped). */
  changes: Array<{ type: Difference['type']; path: string; oldValue?: unknown; value?: unknown }>
  truncated: boolean
}

const MAX_CHANGES = 500
/** Keys that change on every publish and say nothing about the content. */
const VOLATILE = new Set(['version', 'publishedAt', 'publishedBy', 'notes'])

/**
 * What changed between two bundles, for people: standard elements, form fields (by dotted path),
 * flow nodes and edges (by id), plus the raw changes.
 */
export function diffBundles(from: MatterBundle, to: MatterBundle): BundleDiff {
  const fieldsA = fieldMap(from.form.schema)
  const fieldsB = fieldMap(to.form.schema)
  const nodesA = new Map(from.flow.nodes.map((n) => [n.id, n]))
  const nodesB = new Map(to.flow.nodes.map((n) => [n.id, n]))
  const edgesA = new Map(from.flow.edges.map((e) => [e.id, e]))
  const edgesB = new Map(to.flow.edges.map((e) => [e.id, e]))
  const matterChanged = [...new Set([...Object.keys(from.matter), ...Object.keys(to.matter)])]
    .filter((k) => k !== 'version' && k !== 'status')
    .filter(
      (k) =>
        JSON.stringify((from.matter as Record<string, unknown>)[k]) !==
        JSON.stringify((to.matter as Record<string, unknown>)[k]),
    )
  const raw = diff(strip(from), strip(to))
  return {
    summary: {
      matter: { changed: matterChanged.sort() },
      fields: compare(fieldsA, fieldsB),
      nodes: compare(nodesA, nodesB),
      edges: compare(edgesA, edgesB),
      settingsChanged: JSON.stringify(from.flow.settings) !== JSON.stringify(to.flow.settings),
      layoutChanged: JSON.stringify(from.layout ?? null) !== JSON.stringify(to.layout ?? null),
    },
    changes: raw.slice(0, MAX_CHANGES).map((d) => ({
      type: d.type,
      path: '/' + d.path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/'),
      ...('oldValue' in d ? { oldValue: d.oldValue } : {}),
      ...('value' in d ? { value: d.value } : {}),
    })),
    truncated: raw.length > MAX_CHANGES,
  }
}

// helpers

/** Form nodes by dotted path of property names (`applicant.name`, `rows.items.amount`). */
function fieldMap(root: FormNode): Map<string, unknown> {
  const out = new Map<string, unknown>()
  const walk = (node: FormNode, prefix: string) => {
    for (const [name, child] of Object.entries(node.properties ?? {})) {
      const path = prefix ? `${prefix}.${name}` : name
      const { properties: _p, items: _i, ...own } = child
      out.set(path, own)
      walk(child, path)
      if (child.items) walk(child.items, `${path}[]`)
    }
  }
  walk(root, '')
  return out
}

function compare(a: Map<string, unknown>, b: Map<string, unknown>) {
  const added = [...b.keys()].filter((k) => !a.has(k))
  const removed = [...a.keys()].filter((k) => !b.has(k))
  const changed = [...a.keys()].filter(
    (k) => b.has(k) && JSON.stringify(a.get(k)) !== JSON.stringify(b.get(k)),
  )
  return { added, removed, changed }
}

function strip(bundle: MatterBundle): Record<string, unknown> {
  const copy: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(bundle)) if (!VOLATILE.has(k)) copy[k] = v
  copy.matter = { ...bundle.matter, version: 0, status: 'draft' }
  return copy
}
