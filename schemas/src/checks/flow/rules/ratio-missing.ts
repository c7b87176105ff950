import { nodeIssue, nodeLabel, type FlowCheck } from '../flow-check'
import { multiOf } from '../node-settings'

const CODE = 'flow.ratio-missing'

/** Ratio mode needs its ratio. */
export const ratioMissing: FlowCheck = {
  code: CODE,
  title: { 'zh-CN': '比例会签设置了通过比例', en: 'Ratio countersign sets its ratio' },
  run({ graph }) {
    return [...graph.nodes.values()].flatMap((n) => {
      const multi = multiOf(n.node)
      if (multi?.mode !== 'ratio' || multi.ratio !== undefined) return []
      return [
        nodeIssue(
          CODE,
          n,
          `节点${nodeLabel(n.node)}按比例会签，但没有设置通过比例`,
          `Node ${nodeLabel(n.node)} uses ratio mode without a ratio`,
          { suffix: '/multi/ratio' },
        ),
      ]
    })
  },
}
