import type { FlowEditorState, Point } from '../model/flow-state'
import type { FlowCommand } from './types'

/**
 * Move nodes to new positions. Bends of edges touching a moved node no longer fit, so they are
 * dropped (the canvas re-routes) and restored on revert.
 */
export function moveNodes(moves: Record<string, Point>): FlowCommand {
  let before: FlowEditorState['layout'] | undefined
  return {
    label: '移动节点',
    execute(s) {
      const ids = Object.keys(moves).filter((id) => id in s.layout.nodes || s.flow.nodes.some((n) => n.id === id))
      if (!ids.length) return s
      before = s.layout
      const touched = new Set(s.flow.edges.filter((e) => ids.includes(e.source) || ids.includes(e.target)).map((e) => e.id))
      const edges = s.layout.edges && Object.fromEntries(Object.entries(s.layout.edges).filter(([id]) => !touched.has(id)))
      return {
        flow: s.flow,
        layout: { ...s.layout, nodes: { ...s.layout.nodes, ...moves }, ...(edges ? { edges } : {}) },
      }
    },
    // Layout is plain data owned by this command between execute and revert: restore it whole.
    revert: (s) => ({ flow: s.flow, layout: before ?? s.layout }),
  }
}
