import { edgeIssue, nodeLabel, nodesOfType, type FlowCheck } from '../flow-check'
import { CONDITIONAL_SPLITS } from './default-branch'

const CODE = 'flow.missing-condition'

/** Every branch of a conditional split other than the default one says when it is taken. */
export const missingCondition: FlowCheck = {
  code: CODE,
  title: { 'zh-CN': '非默认分支都有条件', en: 'Every non-default branch has a condition' },
  run({ graph }) {
    return nodesOfType(graph, CONDITIONAL_SPLITS).flatMap((split) =>
      graph
        .outgoing(split.node.id)
        .filter((e) => e.edge.isDefault !== true && e.edge.condition === undefined)
        .map((e) =>
          edgeIssue(
            CODE,
            e,
            `分支节点${nodeLabel(split.node)}的分支“${e.edge.id}”既不是默认分支，也没有条件`,
            `Branch "${e.edge.id}" of split ${nodeLabel(split.node)} is neither the default nor conditional`,
          ),
        ),
    )
  },
}
