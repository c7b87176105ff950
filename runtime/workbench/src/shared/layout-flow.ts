import type { FlowDocument, FlowLayout } from '@tongban/schemas'

export interface PositionedNode {
  id: string
  type: string
  name: string
  x: number
  y: number
}

/**
 * Node positions for the read-only diagram: the designer's layout when it has every node, else a
 * simple layering by distance from the start (rows), side by side within a row.
 */
export function layoutFlow(
  nodes: FlowDocument['nodes'],
  edges: FlowDocument['edges'],
  layout: FlowLayout | null | undefined,
): { nodes: PositionedNode[]; box: { x: number; y: number; width: number; height: number } } {
  const given =
    (layout as { nodes?: Record<string, { x: number; y: number }> } | null | undefined)?.nodes ?? {}
  let placed: PositionedNode[]
  if (nodes.length && nodes.every((n) => given[n.id])) {
    placed = nodes.map((n) => ({
      id: n.id,
      type: n.type,
      name: n.name,
      x: given[n.id]!.x,
      y: given[n.id]!.y,
    }))
  } else {
    // Breadth-first rows from the start: a return edge (loop back) never pushes a node down.
    const depth = new Map<string, number>()
    const start = nodes.find((n) => n.type === 'start')?.id ?? nodes[0]?.id
    const queue = start ? [start] : []
    if (start) depth.set(start, 0)
    while (queue.length) {
      const id = queue.shift() as string
      for (const e of edges)
        if (e.source === id && !depth.has(e.target)) {
          depth.set(e.target, (depth.get(id) ?? 0) + 1)
          queue.push(e.target)
        }
    }
    const rows = new Map<number, string[]>()
    for (const n of nodes) {
      const d = depth.get(n.id) ?? nodes.length
      rows.set(d, [...(rows.get(d) ?? []), n.id])
    }
    const pos = new Map<string, { x: number; y: number }>()
    for (const [d, ids] of rows)
      ids.forEach((id, i) => pos.set(id, { x: 200 + (i - (ids.length - 1) / 2) * 180, y: 60 + d * 100 }))
    placed = nodes.map((n) => ({ id: n.id, type: n.type, name: n.name, ...pos.get(n.id)! }))
  }
  const xs = placed.map((n) => n.x)
  const ys = placed.map((n) => n.y)
  if (!placed.length) return { nodes: [], box: { x: 0, y: 0, width: 0, height: 0 } }
  const x = Math.min(...xs)
  const y = Math.min(...ys)
  return { nodes: placed, box: { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y } }
}
