import { graphlib, layout as dagreLayout } from '@dagrejs/dagre'
import type { FlowDocument, FlowLayout } from '@tongban/schemas'
import { nodeSize } from './node-size'

export interface AutoLayoutOptions {
  /** Left-to-right (default) or top-to-bottom. */
  direction?: 'LR' | 'TB'
  nodeGap?: number
  rankGap?: number
}

/**
 * Arrange the flow with dagre (layered graph drawing). Edge bends are dropped: the canvas routes
 * polylines between the new positions.
 */
export function autoLayout(flow: FlowDocument, options: AutoLayoutOptions = {}): FlowLayout {
  const g = new graphlib.Graph({ multigraph: true })
  g.setGraph({ rankdir: options.direction ?? 'LR', nodesep: options.nodeGap ?? 50, ranksep: options.rankGap ?? 70, marginx: 60, marginy: 60 })
  g.setDefaultEdgeLabel(() => ({}))
  for (const node of flow.nodes) g.setNode(node.id, { ...nodeSize(node.type) })
  for (const edge of flow.edges) {
    if (g.hasNode(edge.source) && g.hasNode(edge.target)) g.setEdge(edge.source, edge.target, { minlen: 1 }, edge.id)
  }
  dagreLayout(g)
  const nodes: FlowLayout['nodes'] = {}
  for (const node of flow.nodes) {
    const n = g.node(node.id) as { x: number; y: number }
    nodes[node.id] = { x: Math.round(n.x), y: Math.round(n.y) }
  }
  return { nodes }
}
