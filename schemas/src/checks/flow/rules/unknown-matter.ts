import { nodeIssue, nodeLabel, nodesOfType, type FlowCheck } from '../flow-check'

const CODE = 'flow.unknown-matter'

/** A sub-flow starts a matter that exists. */
export const unknownMatter: FlowCheck = {
  code: CODE,
  title: { 'zh-CN': '子流程引用已有事项', en: 'Sub-flows start existing matters' },
  run({ graph, knownMatterCodes }) {
    if (!knownMatterCodes) return []
    return nodesOfType(graph, ['subflow']).flatMap((n) => {
      if (n.node.type !== 'subflow' || knownMatterCodes.has(n.node.matterCode)) return []
      return [
        nodeIssue(
          CODE,
          n,
          `子流程节点${nodeLabel(n.node)}引用了不存在的事项“${n.node.matterCode}”`,
          `Sub-flow node ${nodeLabel(n.node)} names the unknown matter "${n.node.matterCode}"`,
          { suffix: '/matterCode' },
        ),
      ]
    })
  },
}
