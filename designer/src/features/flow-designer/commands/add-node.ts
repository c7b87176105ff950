import type { FlowNode } from '@tongban/schemas'
import { omitKey, type Point } from '../model/flow-state'
import type { FlowCommand } from './types'

/** Place a new node at `at` (appended to the node list). */
export function addNode(node: FlowNode, at: Point): FlowCommand {
  return {
    label: `添加节点 ${node.name}`,
    execute: (s) => ({
      flow: { ...s.flow, nodes: [...s.flow.nodes, node] },
      layout: { ...s.layout, nodes: { ...s.layout.nodes, [node.id]: at } },
    }),
    revert: (s) => ({
      flow: { ...s.flow, nodes: s.flow.nodes.filter((n) => n.id !== node.id) },
      layout: { ...s.layout, nodes: omitKey(s.layout.nodes, node.id) ?? {} },
    }),
  }
}
