import type { FlowNodeType } from '../../../flow/flow.schema'
import { nodeIssue, nodeLabel, type FlowCheck } from '../flow-check'

/** How many edges may leave a node of each type (end nodes: see `end-outgoing`). */
const OUTGOING: Partial<Record<FlowNodeType, { min: number; max: number }>> = {
  start: { min: 1, max: 1 },
  approval: { min: 1, max: 1 },
  handle: { min: 1, max: 1 },
  cc: { min: 1, max: 1 },
  subflow: { min: 1, max: 1 },
  timer: { min: 1, max: 1 },
  service: { min: 1, max: 1 },
  'parallel-join': { min: 1, max: 1 },
  'inclusive-join': { min: 1, max: 1 },
  exclusive: { min: 2, max: Infinity },
  'parallel-split': { min: 2, max: Infinity },
  'inclusive-split': { min: 2, max: Infinity },
}

const CODE = 'flow.outgoing-count'

/**
 * Task-like nodes and joins continue along exactly one edge (branching is the gateways' job, so
 * the engine never has to guess); splits have at least two branches.
 */
export const outgoingCount: FlowCheck = {
  code: CODE,
  title: { 'zh-CN': '出线数量符合节点类型', en: 'Outgoing edges fit the node type' },
  run({ graph }) {
    return [...graph.nodes.values()].flatMap((n) => {
      const rule = OUTGOING[n.node.type]
      const count = graph.outgoing(n.node.id).length
      if (!rule || (count >= rule.min && count <= rule.max)) return []
      const wanted =
        rule.max === Infinity
          ? { zh: `至少 ${rule.min} 条`, en: `at least ${rule.min}` }
          : { zh: `恰好 ${rule.min} 条`, en: `exactly ${rule.min}` }
      return [
        nodeIssue(
          CODE,
          n,
          `节点${nodeLabel(n.node)}应有${wanted.zh}出线，实际 ${count} 条`,
          `Node ${nodeLabel(n.node)} needs ${wanted.en} outgoing edge(s), has ${count}`,
        ),
      ]
    })
  },
}
