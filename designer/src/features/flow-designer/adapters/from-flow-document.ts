import type { FlowDocument, FlowEdge, FlowLayout, FlowNode } from '@tongban/schemas'
import type { Point } from '../model/flow-state'
import { nodeSubtitle } from '../model/node-summary'
import { edgeLabel, LF_EDGE_TYPE, toLfType, type LfEdge, type LfGraph, type LfNode } from './lf-graph'

export interface FromOptions {
  /** Second line of each card; defaults to {@link nodeSubtitle} with ids for names. */
  subtitle?: (node: FlowNode) => string
  /** Type label of each card in the UI language (default: Chinese, drawn by the view). */
  kindLabel?: (node: FlowNode) => string
  /** Check messages by node or edge id. */
  issues?: ReadonlyMap<string, string>
}

/**
 * FlowDocument + FlowLayout → LogicFlow graph data. Nodes without a position are placed on a row
 * below the others (run auto-layout for a real arrangement).
 */
export function fromFlowDocument(flow: FlowDocument, layout: FlowLayout, options: FromOptions = {}): LfGraph {
  let spare = 0
  const bottom = Math.max(0, ...Object.values(layout.nodes).map((p) => p.y)) + 140
  const nodes = flow.nodes.map((node) => {
    const at = layout.nodes[node.id] ?? { x: 80 + 200 * spare++, y: bottom }
    return toLfNode(node, at, options)
  })
  const edges = flow.edges.map((edge) => toLfEdge(edge, layout.edges?.[edge.id], options.issues?.get(edge.id)))
  return { nodes, edges }
}

export function toLfNode(node: FlowNode, at: { x: number; y: number }, options: FromOptions = {}): LfNode {
  const issue = options.issues?.get(node.id)
  return {
    id: node.id,
    type: toLfType(node.type),
    x: at.x,
    y: at.y,
    properties: {
      node,
      subtitle: (options.subtitle ?? nodeSubtitle)(node),
      ...(options.kindLabel ? { kindLabel: options.kindLabel(node) } : {}),
      ...(issue ? { issue } : {}),
    },
  }
}

export function toLfEdge(edge: FlowEdge, points?: readonly Point[], issue?: string): LfEdge {
  const { id, source, target, ...rest } = edge
  const label = edgeLabel(rest)
  return {
    id,
    type: LF_EDGE_TYPE,
    sourceNodeId: source,
    targetNodeId: target,
    ...(label ? { text: label } : {}),
    ...(points ? { pointsList: points.map((p) => ({ x: p.x, y: p.y })) } : {}),
    properties: { edge: rest, ...(issue ? { issue } : {}) },
  }
}
