import { edgeIssue, nodeIssue, nodeLabel, nodesOfType, type FlowCheck } from '../flow-check'

export const CONDITIONAL_SPLITS = ['exclusive', 'inclusive-split'] as const

const CODE = 'flow.default-branch'

/**
 * Exclusive and inclusive splits have exactly one default branch, taken when no condition holds,
 * so a case never stops at a gateway; the default branch itself carries no condition.
 */
export const defaultBranch: FlowCheck = {
  code: CODE,
  title: {
    'zh-CN': '条件分支有且只有一个默认分支',
    en: 'Conditional splits have exactly one default branch',
  },
  run({ graph }) {
    return nodesOfType(graph, CONDITIONAL_SPLITS).flatMap((split) => {
      const edges = graph.outgoing(split.node.id)
      const defaults = edges.filter((e) => e.edge.isDefault === true)
      const issues = defaults
        .filter((e) => e.edge.condition !== undefined)
        .map((e) =>
          edgeIssue(
            CODE,
            e,
            `默认分支“${e.edge.id}”不应有条件`,
            `The default branch "${e.edge.id}" must not have a condition`,
            {
              suffix: '/condition',
            },
          ),
        )
      if (defaults.length !== 1) {
        issues.push(
          nodeIssue(
            CODE,
            split,
            `分支节点${nodeLabel(split.node)}应有且只有一个默认分支，实际 ${defaults.length} 个`,
            `Split ${nodeLabel(split.node)} needs exactly one default branch, has ${defaults.length}`,
          ),
        )
      }
      return issues
    })
  },
}
