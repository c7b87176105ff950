import { nodeIssue, nodeLabel, type FlowCheck } from '../flow-check'
import { policiesOf } from '../node-settings'

const CODE = 'flow.empty-assignee-target'

/** "Assign to someone" when nobody is found names who. */
export const emptyAssigneeTarget: FlowCheck = {
  code: CODE,
  title: { 'zh-CN': '无办理人时的转交对象已指定', en: 'The fallback assignee is named' },
  run({ graph }) {
    return [...graph.nodes.values()].flatMap((n) => {
      const fallback = policiesOf(n.node)?.emptyAssignee
      if (fallback?.action !== 'assign-to' || (fallback.personIds?.length ?? 0) > 0) return []
      return [
        nodeIssue(
          CODE,
          n,
          `节点${nodeLabel(n.node)}找不到办理人时转交他人，但没有指定人员`,
          `Node ${nodeLabel(n.node)} assigns to named people when nobody is found, but names nobody`,
          { suffix: '/policies/emptyAssignee/personIds' },
        ),
      ]
    })
  },
}
