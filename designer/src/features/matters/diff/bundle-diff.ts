import type { FormNode, MatterBundle } from '@tongban/schemas'
import { listFields } from '../../../shared/form/list-fields'

export interface DiffList {
  added: string[]
  removed: string[]
  changed: string[]
}

/** What differs between two bundles, for people (the same summary shape as the server's diff). */
export interface BundleDiffSummary {
  /** Changed standard elements; `values` holds before → after for the scalar ones (code, region…). */
  matter: { changed: string[]; values?: Record<string, { from?: string | number; to?: string | number }> }
  fields: DiffList
  nodes: DiffList
  edges: DiffList
  settingsChanged: boolean
}

/**
 * Compare two bundles: changed standard elements (top-level matter keys, ignoring status and
 * version), form fields by data name, flow nodes and edges by id.
 */
export function diffBundles(from: MatterBundle, to: MatterBundle): BundleDiffSummary {
  const ignore = new Set(['status', 'version'])
  const keys = new Set([...Object.keys(from.matter), ...Object.keys(to.matter)])
  const matterChanged = [...keys].filter((k) => !ignore.has(k) && !same((from.matter as Record<string, unknown>)[k], (to.matter as Record<string, unknown>)[k]))
  const scalar = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? v : undefined)
  const values = Object.fromEntries(
    matterChanged
      .map((k) => [k, { from: scalar((from.matter as Record<string, unknown>)[k]), to: scalar((to.matter as Record<string, unknown>)[k]) }] as const)
      .filter(([, v]) => v.from !== undefined || v.to !== undefined),
  )
  return {
    matter: { changed: matterChanged, values },
    fields: diffById(fieldMap(from), fieldMap(to)),
    nodes: diffById(new Map(from.flow.nodes.map((n) => [n.id, n])), new Map(to.flow.nodes.map((n) => [n.id, n]))),
    edges: diffById(new Map(from.flow.edges.map((e) => [e.id, e])), new Map(to.flow.edges.map((e) => [e.id, e]))),
    settingsChanged: !same(from.flow.settings, to.flow.settings),
  }
}

export function isEmptyDiff(d: BundleDiffSummary): boolean {
  const none = (l: DiffList) => !l.added.length && !l.removed.length && !l.changed.length
  return !d.matter.changed.length && none(d.fields) && none(d.nodes) && none(d.edges) && !d.settingsChanged
}

// helpers //////////////////////

function fieldMap(b: MatterBundle): Map<string, FormNode | undefined> {
  const nodes = new Map<string, FormNode | undefined>()
  const byName = new Map<string, FormNode>()
  const walk = (n: FormNode, prefix: string) => {
    for (const [k, c] of Object.entries(n.properties ?? {})) {
      if (c.type === 'void') walk(c, prefix)
      else {
        byName.set(prefix + k, c)
        if (c.type === 'object') walk(c, prefix + k + '.')
      }
    }
  }
  walk(b.form.schema, '')
  for (const f of listFields(b.form)) nodes.set(f.name, byName.get(f.name))
  return nodes
}

function diffById<T>(a: Map<string, T>, b: Map<string, T>): DiffList {
  return {
    added: [...b.keys()].filter((k) => !a.has(k)),
    removed: [...a.keys()].filter((k) => !b.has(k)),
    changed: [...b.keys()].filter((k) => a.has(k) && !same(a.get(k), b.get(k))),
  }
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}
