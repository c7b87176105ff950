import { reachable } from '../graph/flow-graph'
import { nodeIssue, nodeLabel, type FlowCheck } from '../flow-check'

const CODE = 'flow.unreachable-node'

/** Every node can be reached from the start. */
export const unreachableNode: FlowCheck = {
  code: CODE,
  title: { 'zh-CN': '所有节点都能从开始到达', en: 'Every node is reachable from the start' },
  run({ graph }) {
    if (!graph.start) return []
    const seen = reachable(graph, [graph.start])
    return [...graph.nodes.values()]
      .filter((n) => !seen.has(n.node.id))
      .map((n) =>
        nodeIssue(
          CODE,
          n,
          `从开始节点无法到达节点${nodeLabel(n.node)}`,
          `Node ${nodeLabel(n.node)} cannot be reached from the start`,
        ),
      )
  },
}
