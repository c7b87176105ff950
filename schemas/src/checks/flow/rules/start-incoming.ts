import { nodeIssue, nodeLabel, nodesOfType, type FlowCheck } from '../flow-check'

const CODE = 'flow.start-incoming'

/** Nothing leads into the start: returns to the applicant are actions, not edges. */
export const startIncoming: FlowCheck = {
  code: CODE,
  title: { 'zh-CN': '开始节点没有进入的连线', en: 'No edge enters the start node' },
  run({ graph }) {
    return nodesOfType(graph, ['start'])
      .filter((n) => graph.incoming(n.node.id).length > 0)
      .map((n) =>
        nodeIssue(
          CODE,
          n,
          `开始节点${nodeLabel(n.node)}不能有进入的连线（退回申请人请用“退回”操作）`,
          `The start node ${nodeLabel(n.node)} cannot have incoming edges (return to the applicant with the "return" action)`,
        ),
      )
  },
}
