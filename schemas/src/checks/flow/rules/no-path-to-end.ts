import { reachable } from '../graph/flow-graph'
import { nodeIssue, nodeLabel, type FlowCheck } from '../flow-check'

const CODE = 'flow.no-path-to-end'

/** From every reachable node some end can be reached: no case gets stuck for good. */
export const noPathToEnd: FlowCheck = {
  code: CODE,
  title: { 'zh-CN': '每个节点都能走到结束', en: 'Every node can reach an end' },
  run({ graph }) {
    if (graph.ends.length === 0) return []
    const canFinish = reachable(graph, graph.ends, { backwards: true })
    // Unreachable nodes are reported by `unreachable-node`; do not report them twice.
    const live = graph.start ? reachable(graph, [graph.start]) : new Set(graph.nodes.keys())
    return [...graph.nodes.values()]
      .filter((n) => live.has(n.node.id) && !canFinish.has(n.node.id))
      .map((n) =>
        nodeIssue(
          CODE,
          n,
          `从节点${nodeLabel(n.node)}无法走到任何结束节点`,
          `No end can be reached from node ${nodeLabel(n.node)}`,
        ),
      )
  },
}
