import { reachable } from '../graph/flow-graph'
import { nodeIssue, nodeLabel, type FlowCheck } from '../flow-check'
import { policiesOf } from '../node-settings'

/** Node types a case can be returned to: where a person works on it. */
const RETURNABLE = ['start', 'approval', 'handle']

const CODE = 'flow.return-target'

/**
 * "Return to a node" on rejection names a node, and that node is upstream — a case can only be
 * sent back along the way it came — and is a node where people work.
 */
export const returnTarget: FlowCheck = {
  code: CODE,
  title: { 'zh-CN': '驳回退回的目标是上游的办理节点', en: 'Rejection returns to an upstream task node' },
  run({ graph }) {
    return [...graph.nodes.values()].flatMap((n) => {
      const rejection = policiesOf(n.node)?.rejection
      if (rejection?.action !== 'return-to-node') return []
      const at = { suffix: '/policies/rejection/nodeId' }
      const label = nodeLabel(n.node)
      if (rejection.nodeId === undefined) {
        return [
          nodeIssue(
            CODE,
            n,
            `节点${label}驳回时退回到节点，但没有指定节点`,
            `Node ${label} returns to a node on rejection but names none`,
            at,
          ),
        ]
      }
      const target = graph.nodes.get(rejection.nodeId)
      if (!target) {
        return [
          nodeIssue(
            CODE,
            n,
            `节点${label}驳回时退回到不存在的节点“${rejection.nodeId}”`,
            `Node ${label} returns to the unknown node "${rejection.nodeId}"`,
            at,
          ),
        ]
      }
      const upstream = reachable(graph, graph.predecessors(n.node.id), { backwards: true })
      if (target.node.id === n.node.id || !upstream.has(target.node.id)) {
        return [
          nodeIssue(
            CODE,
            n,
            `节点${label}驳回时只能退回到它上游的节点，${nodeLabel(target.node)}不在上游`,
            `Node ${label} can only return to a node upstream of it; ${nodeLabel(target.node)} is not`,
            at,
          ),
        ]
      }
      if (!RETURNABLE.includes(target.node.type)) {
        return [
          nodeIssue(
            CODE,
            n,
            `节点${label}驳回时退回的${nodeLabel(target.node)}不是开始、审批或办理节点`,
            `Node ${label} returns to ${nodeLabel(target.node)}, which is not a start, approval or handle node`,
            at,
          ),
        ]
      }
      return []
    })
  },
}
