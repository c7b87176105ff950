import type { FlowEdge, FlowNode, FormNode, Matter, MatterBundle } from '@tongban/schemas'

/**
 * Re-slicing (标准化拆分，协同化重组). Both produce a new draft matter: the old matters, their
 * versions and their cases are left untouched. Whatever no longer fits (a condition naming a field
 * that went away) is left for the designer's checks to flag.
 */

/** A new matter with only the chosen top-level form entries; the flow is copied as is. */
export function splitBundle(source: MatterBundle, keep: readonly string[], matter: Matter): MatterBundle {
  const keepSet = new Set(keep)
  const properties = Object.fromEntries(Object.entries(source.form.schema.properties ?? {}).filter(([k]) => keepSet.has(k)))
  return {
    bundleFormat: 1,
    version: 0,
    matter: { ...matter, status: 'draft', version: 0 },
    form: { schema: { ...source.form.schema, properties } },
    flow: structuredClone(source.flow),
    ...(source.layout ? { layout: structuredClone(source.layout) } : {}),
  }
}

/**
 * Split into two: `a` with the chosen entries, `b` with the rest. Entries filled from the directory
 * (standard fields such as 申请人 and 申请单位) go to both, since both matters still have an applicant.
 */
export function splitInTwo(source: MatterBundle, keep: readonly string[], a: Matter, b: Matter): [MatterBundle, MatterBundle] {
  const entries = Object.entries(source.form.schema.properties ?? {})
  const shared = entries.filter(([, n]) => n['x-tongban']?.standardField && n['x-pattern'] === 'readPretty').map(([k]) => k)
  const keepSet = new Set(keep)
  const rest = entries.map(([k]) => k).filter((k) => !keepSet.has(k) || shared.includes(k))
  return [splitBundle(source, [...new Set([...shared, ...keep])], a), splitBundle(source, rest, b)]
}

/**
 * One matter doing both: A's form then B's (B's clashing names get a `_2` suffix), and A's flow
 * followed by B's — A's edges into its end nodes continue into what followed B's start.
 */
export function mergeBundles(a: MatterBundle, b: MatterBundle, matter: Matter): MatterBundle {
  const aProps = a.form.schema.properties ?? {}
  const properties: Record<string, FormNode> = { ...aProps }
  for (const [k, v] of Object.entries(b.form.schema.properties ?? {})) properties[k in properties ? `${k}_2` : k] = v
  const pre = (id: string) => `b-${id}`
  const aEnds = new Set(a.flow.nodes.filter((n) => n.type === 'end').map((n) => n.id))
  const bStart = b.flow.nodes.find((n) => n.type === 'start')
  const bAfterStart = b.flow.edges.filter((e) => e.source === bStart?.id).map((e) => pre(e.target))
  const nodes: FlowNode[] = [
    ...a.flow.nodes.filter((n) => !aEnds.has(n.id)),
    ...b.flow.nodes.filter((n) => n.id !== bStart?.id).map((n) => ({ ...n, id: pre(n.id) }) as FlowNode),
  ]
  const edges: FlowEdge[] = []
  for (const e of a.flow.edges) {
    if (!aEnds.has(e.target)) edges.push(e)
    else bAfterStart.forEach((t, i) => edges.push({ ...e, id: i ? `${e.id}-${i}` : e.id, target: t }))
  }
  for (const e of b.flow.edges) if (e.source !== bStart?.id) edges.push({ ...e, id: pre(e.id), source: pre(e.source), target: pre(e.target) })
  const shift = Math.max(0, ...Object.values(a.layout?.nodes ?? {}).map((p) => p.x)) + 200
  const layoutNodes = {
    ...Object.fromEntries(Object.entries(a.layout?.nodes ?? {}).filter(([id]) => !aEnds.has(id))),
    ...Object.fromEntries(Object.entries(b.layout?.nodes ?? {}).filter(([id]) => id !== bStart?.id).map(([id, p]) => [pre(id), { x: p.x + shift, y: p.y }])),
  }
  return {
    bundleFormat: 1,
    version: 0,
    matter: { ...matter, status: 'draft', version: 0 },
    form: { schema: { ...a.form.schema, properties } },
    flow: { nodes, edges, settings: a.flow.settings },
    ...(a.layout || b.layout ? { layout: { nodes: layoutNodes } } : {}),
  }
}
