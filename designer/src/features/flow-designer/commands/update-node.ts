import type { FlowNode } from '@tongban/schemas'
import type { FlowCommand } from './types'

/**
 * Replace one node's properties (`id` and `type` stay). `field` names what changed so that typing
 * in one box merges into one undo step.
 */
export function updateNode(id: string, next: FlowNode, field = 'props'): FlowCommand {
  let previous: FlowNode | undefined
  return {
    label: `修改节点 ${next.name}`,
    mergeKey: `node:${id}:${field}`,
    execute(s) {
      const index = s.flow.nodes.findIndex((n) => n.id === id)
      const current = s.flow.nodes[index]
      if (!current) return s
      previous = current
      const nodes = [...s.flow.nodes]
      nodes[index] = { ...next, id, type: current.type } as FlowNode
      return { ...s, flow: { ...s.flow, nodes } }
    },
    revert(s) {
      if (!previous) return s
      const prev = previous
      return { ...s, flow: { ...s.flow, nodes: s.flow.nodes.map((n) => (n.id === id ? prev : n)) } }
    },
  }
}
