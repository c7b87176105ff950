import type { LfGraph } from '../adapters/lf-graph'
import { fromLfType } from '../adapters/lf-graph'
import { nodeSize } from '../layout/node-size'
import type { Point } from '../model/flow-state'

/**
 * Give every edge without stored bends a simple orthogonal route (right side of the source to the
 * left side of the target; backward edges go round below). LogicFlow then skips its own path
 * search per edge, which dominates rendering large flows.
 */
export function routeEdges(graph: LfGraph): LfGraph {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]))
  const bottom = Math.max(0, ...graph.nodes.map((n) => n.y + nodeSize(fromLfType(n.type)).height / 2))
  return {
    nodes: graph.nodes,
    edges: graph.edges.map((e) => {
      if (e.pointsList?.length) return e
      const s = nodes.get(e.sourceNodeId)
      const t = nodes.get(e.targetNodeId)
      if (!s || !t) return e
      return { ...e, pointsList: route(s, fromLfType(s.type), t, fromLfType(t.type), bottom) }
    }),
  }
}

function route(s: Point, sType: Parameters<typeof nodeSize>[0], t: Point, tType: Parameters<typeof nodeSize>[0], bottom: number): Point[] {
  const sw = nodeSize(sType).width / 2
  const tw = nodeSize(tType).width / 2
  const start = { x: s.x + sw, y: s.y }
  const end = { x: t.x - tw, y: t.y }
  if (end.x > start.x + 10) {
    if (start.y === end.y) return [start, end]
    const mx = Math.round((start.x + end.x) / 2)
    return [start, { x: mx, y: start.y }, { x: mx, y: end.y }, end]
  }
  if (t.x > start.x + 10 && s.y !== t.y) {
    // Target overlaps horizontally: enter it from above or below (an L).
    const th = nodeSize(tType).height / 2
    return [start, { x: t.x, y: start.y }, { x: t.x, y: s.y < t.y ? t.y - th : t.y + th }]
  }
  const low = bottom + 40
  return [start, { x: start.x + 20, y: start.y }, { x: start.x + 20, y: low }, { x: end.x - 20, y: low }, { x: end.x - 20, y: end.y }, end]
}
