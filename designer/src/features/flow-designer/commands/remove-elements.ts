import type { FlowEdge, FlowNode } from '@tongban/schemas'
import type { FlowEditorState, Point } from '../model/flow-state'
import type { FlowCommand } from './types'

interface Removed {
  nodes: Array<{ index: number; node: FlowNode; at?: Point }>
  edges: Array<{ index: number; edge: FlowEdge; points?: Point[] }>
}

/**
 * Delete nodes and edges by id. Deleting a node deletes its edges too; revert puts everything back
 * at its original position in the lists.
 */
export function removeElements(ids: readonly string[]): FlowCommand {
  let removed: Removed = { nodes: [], edges: [] }
  return {
    label: '删除',
    execute(s) {
      const idSet = new Set(ids)
      const nodeIds = new Set(s.flow.nodes.filter((n) => idSet.has(n.id)).map((n) => n.id))
      removed = {
        nodes: s.flow.nodes.flatMap((node, index) => (nodeIds.has(node.id) ? [{ index, node, at: s.layout.nodes[node.id] }] : [])),
        edges: s.flow.edges.flatMap((edge, index) =>
          idSet.has(edge.id) || nodeIds.has(edge.source) || nodeIds.has(edge.target)
            ? [{ index, edge, points: s.layout.edges?.[edge.id] }]
            : [],
        ),
      }
      if (!removed.nodes.length && !removed.edges.length) return s
      const edgeIds = new Set(removed.edges.map((r) => r.edge.id))
      const layoutNodes = { ...s.layout.nodes }
      nodeIds.forEach((id) => delete layoutNodes[id])
      let layoutEdges = s.layout.edges
      if (layoutEdges) {
        layoutEdges = { ...layoutEdges }
        edgeIds.forEach((id) => delete layoutEdges![id])
      }
      return {
        flow: {
          ...s.flow,
          nodes: s.flow.nodes.filter((n) => !nodeIds.has(n.id)),
          edges: s.flow.edges.filter((e) => !edgeIds.has(e.id)),
        },
        layout: { ...s.layout, nodes: layoutNodes, ...(layoutEdges ? { edges: layoutEdges } : {}) },
      }
    },
    revert(s) {
      const nodes = [...s.flow.nodes]
      removed.nodes.forEach(({ index, node }) => nodes.splice(index, 0, node))
      const edges = [...s.flow.edges]
      removed.edges.forEach(({ index, edge }) => edges.splice(index, 0, edge))
      const layoutNodes = { ...s.layout.nodes }
      removed.nodes.forEach(({ node, at }) => at && (layoutNodes[node.id] = at))
      const withPoints = removed.edges.filter((r) => r.points)
      const layout: FlowEditorState['layout'] = { ...s.layout, nodes: layoutNodes }
      if (withPoints.length) {
        layout.edges = { ...s.layout.edges }
        withPoints.forEach((r) => (layout.edges![r.edge.id] = r.points!))
      }
      return { flow: { ...s.flow, nodes, edges }, layout }
    },
  }
}
