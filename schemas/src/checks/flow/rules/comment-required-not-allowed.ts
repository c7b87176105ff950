import { nodeIssue, nodeLabel, type FlowCheck } from '../flow-check'

const CODE = 'flow.comment-required-not-allowed'

/** A comment can only be required for an action the node allows. */
export const commentRequiredNotAllowed: FlowCheck = {
  code: CODE,
  title: { 'zh-CN': '必填意见的操作是允许的操作', en: 'Comments are required only for allowed actions' },
  run({ graph }) {
    return [...graph.nodes.values()].flatMap((n) => {
      const node = n.node
      if ((node.type !== 'approval' && node.type !== 'handle') || !node.actions || !node.commentRequired)
        return []
      const allowed = new Set(node.actions)
      return node.commentRequired.flatMap((action, k) =>
        allowed.has(action)
          ? []
          : [
              nodeIssue(
                CODE,
                n,
                `节点${nodeLabel(node)}要求“${action}”时填写意见，但不允许该操作`,
                `Node ${nodeLabel(node)} requires a comment for "${action}", an action it does not allow`,
                { suffix: `/commentRequired/${k}` },
              ),
            ],
      )
    })
  },
}
