import { edgeIssue, type FlowCheck } from '../flow-check'
import { CONDITIONAL_SPLITS } from './default-branch'

const CODE = 'flow.condition-outside-split'

/** Conditions and default flags only mean something on edges leaving a conditional split. */
export const conditionOutsideSplit: FlowCheck = {
  code: CODE,
  title: {
    'zh-CN': '条件只出现在条件分支的出线上',
    en: 'Conditions only on edges leaving a conditional split',
  },
  run({ graph }) {
    return [...graph.nodes.values()]
      .filter((n) => !(CONDITIONAL_SPLITS as readonly string[]).includes(n.node.type))
      .flatMap((n) => graph.outgoing(n.node.id))
      .flatMap((e) =>
        (['condition', 'isDefault'] as const)
          .filter((key) => e.edge[key] !== undefined)
          .map((key) =>
            edgeIssue(
              CODE,
              e,
              `连线“${e.edge.id}”不是从条件分支节点出发，不能设置${key === 'condition' ? '条件' : '默认分支'}`,
              `Edge "${e.edge.id}" does not leave a conditional split, so it cannot have ${key === 'condition' ? 'a condition' : 'a default flag'}`,
              { suffix: `/${key}` },
            ),
          ),
      )
  },
}
