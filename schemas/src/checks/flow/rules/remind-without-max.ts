import { nodeIssue, nodeLabel, type FlowCheck } from '../flow-check'
import { policiesOf } from '../node-settings'

const CODE = 'flow.remind-without-max'

/** Reminding on timeout says how many times, so reminders stop. */
export const remindWithoutMax: FlowCheck = {
  code: CODE,
  title: { 'zh-CN': '超时催办设置了最多次数', en: 'Timeout reminders have a maximum' },
  run({ graph }) {
    return [...graph.nodes.values()].flatMap((n) => {
      const timeout = policiesOf(n.node)?.timeout
      if (timeout?.action !== 'remind' || timeout.maxReminders !== undefined) return []
      return [
        nodeIssue(
          CODE,
          n,
          `节点${nodeLabel(n.node)}超时后催办，但没有设置最多催办次数`,
          `Node ${nodeLabel(n.node)} reminds on timeout without a maximum number of reminders`,
          { suffix: '/policies/timeout/maxReminders' },
        ),
      ]
    })
  },
}
