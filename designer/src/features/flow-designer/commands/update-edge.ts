import type { FlowEdge } from '@tongban/schemas'
import type { FlowCommand } from './types'

/**
 * Replace an edge's label, condition or priority. Making an edge the default branch clears the flag
 * on its siblings (one default per split), as bpmn-js's default-flow behaviour does.
 */
export function updateEdge(id: string, next: FlowEdge, field = 'props'): FlowCommand {
  let previous: FlowEdge[] | undefined
  return {
    label: '修改连线',
    mergeKey: `edge:${id}:${field}`,
    execute(s) {
      const current = s.flow.edges.find((e) => e.id === id)
      if (!current) return s
      previous = s.flow.edges
      const edge: FlowEdge = { ...next, id, source: current.source, target: current.target }
      const edges = s.flow.edges.map((e) => {
        if (e.id === id) return edge
        if (edge.isDefault && e.source === edge.source && e.isDefault) {
          const { isDefault: _d, ...rest } = e
          return rest
        }
        return e
      })
      return { ...s, flow: { ...s.flow, edges } }
    },
    revert: (s) => (previous ? { ...s, flow: { ...s.flow, edges: previous } } : s),
  }
}
