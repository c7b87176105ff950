import type { FlowEdge } from '@tongban/schemas'
import { omitKey, type Point } from '../model/flow-state'
import type { FlowCommand } from './types'

/** Connect two nodes; `points` keeps the bends the user drew, if any. */
export function addEdge(edge: FlowEdge, points?: Point[]): FlowCommand {
  return {
    label: '添加连线',
    execute: (s) =>
      s.flow.edges.some((e) => e.id === edge.id)
        ? s
        : {
            flow: { ...s.flow, edges: [...s.flow.edges, edge] },
            layout: points ? { ...s.layout, edges: { ...s.layout.edges, [edge.id]: points } } : s.layout,
          },
    revert: (s) => ({
      flow: { ...s.flow, edges: s.flow.edges.filter((e) => e.id !== edge.id) },
      layout: points ? { ...s.layout, edges: omitKey(s.layout.edges, edge.id) } : s.layout,
    }),
  }
}
