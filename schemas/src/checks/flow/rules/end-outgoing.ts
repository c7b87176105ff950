import { nodeIssue, nodeLabel, nodesOfType, type FlowCheck } from '../flow-check'

const CODE = 'flow.end-outgoing'

/** An end node ends its path. */
export const endOutgoing: FlowCheck = {
  code: CODE,
  title: { 'zh-CN': '结束节点没有出去的连线', en: 'No edge leaves an end node' },
  run({ graph }) {
    return nodesOfType(graph, ['end'])
      .filter((n) => graph.outgoing(n.node.id).length > 0)
      .map((n) =>
        nodeIssue(
          CODE,
          n,
          `结束节点${nodeLabel(n.node)}不能有出去的连线`,
          `The end node ${nodeLabel(n.node)} cannot have outgoing edges`,
        ),
      )
  },
}
