import { nodeIssue, nodeLabel, type FlowCheck } from '../flow-check'
import { multiOf } from '../node-settings'

const CODE = 'flow.ratio-with-any-rejection'

/** "Approved at N %" and "one rejection ends it" (一票否决) cannot both hold. */
export const ratioWithAnyRejection: FlowCheck = {
  code: CODE,
  title: { 'zh-CN': '比例会签不与一票否决同时设置', en: 'Ratio countersign is not combined with veto' },
  run({ graph }) {
    return [...graph.nodes.values()].flatMap((n) => {
      const multi = multiOf(n.node)
      if (multi?.mode !== 'ratio' || multi.anyRejectionEnds !== true) return []
      return [
        nodeIssue(
          CODE,
          n,
          `节点${nodeLabel(n.node)}按比例通过，不能同时设置“一票否决”`,
          `Node ${nodeLabel(n.node)} approves by ratio, so it cannot also end on any rejection`,
          { suffix: '/multi/anyRejectionEnds' },
        ),
      ]
    })
  },
}
