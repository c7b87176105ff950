import type { LfEdge, LfGraph, LfNode } from '../adapters/lf-graph'

/** One change to bring the live canvas from one graph to the next. */
export type CanvasOp =
  | { op: 'add-node'; node: LfNode }
  | { op: 'remove-node'; id: string }
  | { op: 'update-node'; node: LfNode }
  | { op: 'move-node'; id: string; x: number; y: number }
  | { op: 'add-edge'; edge: LfEdge }
  | { op: 'remove-edge'; id: string }
  | { op: 'update-edge'; edge: LfEdge }
  /** Bends changed: LogicFlow has no API to reset a polyline's points, so the edge is re-added. */
  | { op: 'reroute-edge'; edge: LfEdge }

/**
 * What changed between two renderings of the flow. Edges are removed before nodes (so LogicFlow
 * never deletes an edge twice) and nodes are added before edges (so new edges find their ends).
 */
export function diffGraphs(prev: LfGraph, next: LfGraph): CanvasOp[] {
  const ops: CanvasOp[] = []
  const prevNodes = new Map(prev.nodes.map((n) => [n.id, n]))
  const nextNodes = new Map(next.nodes.map((n) => [n.id, n]))
  const prevEdges = new Map(prev.edges.map((e) => [e.id, e]))
  const nextEdges = new Map(next.edges.map((e) => [e.id, e]))

  for (const id of prevEdges.keys()) if (!nextEdges.has(id)) ops.push({ op: 'remove-edge', id })
  for (const id of prevNodes.keys()) if (!nextNodes.has(id)) ops.push({ op: 'remove-node', id })
  for (const node of next.nodes) {
    const before = prevNodes.get(node.id)
    if (!before) {
      ops.push({ op: 'add-node', node })
      continue
    }
    if (before.x !== node.x || before.y !== node.y) ops.push({ op: 'move-node', id: node.id, x: node.x, y: node.y })
    if (before.type !== node.type || !same(before.properties, node.properties)) ops.push({ op: 'update-node', node })
  }
  for (const edge of next.edges) {
    const before = prevEdges.get(edge.id)
    if (!before) ops.push({ op: 'add-edge', edge })
    else if (before.sourceNodeId !== edge.sourceNodeId || before.targetNodeId !== edge.targetNodeId || !same(before.pointsList, edge.pointsList))
      ops.push({ op: 'reroute-edge', edge })
    else if (!same(before.properties, edge.properties) || !same(before.text, edge.text)) ops.push({ op: 'update-edge', edge })
  }
  return ops
}

// helpers //////////////////////

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b)
}
