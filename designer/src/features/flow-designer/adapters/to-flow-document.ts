import type { FlowDocument, FlowEdge, FlowLayout, FlowNode, FlowSettings } from '@tongban/schemas'
import { fromLfType, type LfGraph } from './lf-graph'

/**
 * LogicFlow graph data → FlowDocument + FlowLayout. The semantic node travels verbatim in
 * `properties.node`; LogicFlow owns ids, types, positions and connections, so those are taken from
 * it. View-only properties (subtitle, issue) are dropped.
 */
export function toFlowDocument(graph: LfGraph, settings: FlowSettings): { flow: FlowDocument; layout: FlowLayout } {
  const nodes: FlowNode[] = graph.nodes.map((n) => ({ ...n.properties.node, id: n.id, type: fromLfType(n.type) }) as FlowNode)
  const edges: FlowEdge[] = graph.edges.map((e) => ({
    id: e.id,
    source: e.sourceNodeId,
    target: e.targetNodeId,
    ...e.properties.edge,
  }))
  const layout: FlowLayout = { nodes: Object.fromEntries(graph.nodes.map((n) => [n.id, { x: n.x, y: n.y }])) }
  const bends = graph.edges.filter((e) => e.pointsList?.length)
  if (bends.length) layout.edges = Object.fromEntries(bends.map((e) => [e.id, e.pointsList!.map((p) => ({ x: p.x, y: p.y }))]))
  return { flow: { nodes, edges, settings }, layout }
}
