import type { FlowNodeType } from '../../../flow/flow.schema'
import { EXIT } from '../graph/flow-graph'
import { NODE_TYPE_LABEL, nodeIssue, nodeLabel, nodesOfType, type FlowCheck } from '../flow-check'

const JOIN_OF: Partial<Record<FlowNodeType, FlowNodeType>> = {
  'parallel-split': 'parallel-join',
  'inclusive-split': 'inclusive-join',
}
const SPLIT_OF: Partial<Record<FlowNodeType, FlowNodeType>> = {
  'parallel-join': 'parallel-split',
  'inclusive-join': 'inclusive-split',
}

const CODE = 'flow.unmatched-split-join'

/**
 * Parallel and inclusive regions are well nested: the branches of a split S first meet again in a
 * join J of the same kind (J is S's immediate post-dominator), and J joins exactly the branches of
 * S (S is J's immediate dominator). See ARCHITECTURE.md, "Split/join matching".
 */
export const unmatchedSplitJoin: FlowCheck = {
  code: CODE,
  title: { 'zh-CN': '并行/包容分支与汇聚一一对应', en: 'Parallel/inclusive splits and joins match' },
  run({ graph }) {
    if (!graph.start) return []
    const idom = graph.dominators()
    const ipdom = graph.postDominators()
    const name = (id: string) => (id === EXIT ? '—' : nodeLabel(graph.nodes.get(id)!.node))

    const splitIssues = nodesOfType(graph, Object.keys(JOIN_OF)).flatMap((split) => {
      const meet = ipdom.get(split.node.id)
      if (meet === undefined || !idom.has(split.node.id)) return [] // dead end or unreachable: reported elsewhere
      const joinType = JOIN_OF[split.node.type]!
      if (meet !== EXIT && graph.nodes.get(meet)!.node.type === joinType) return []
      const where =
        meet === EXIT
          ? {
              zh: '各分支没有汇聚（分别走到结束）',
              en: 'its branches never meet again (they end separately)',
            }
          : {
              zh: `各分支首先汇聚于${name(meet)}，它不是${NODE_TYPE_LABEL[joinType].zh}`,
              en: `its branches first meet at ${name(meet)}, which is not a ${NODE_TYPE_LABEL[joinType].en}`,
            }
      return [
        nodeIssue(
          CODE,
          split,
          `分支节点${nodeLabel(split.node)}没有对应的汇聚节点：${where.zh}`,
          `Split ${nodeLabel(split.node)} has no matching join: ${where.en}`,
        ),
      ]
    })

    const joinIssues = nodesOfType(graph, Object.keys(SPLIT_OF)).flatMap((join) => {
      const from = idom.get(join.node.id)
      if (from === undefined) return []
      const splitType = SPLIT_OF[join.node.type]!
      const fromNode = graph.nodes.get(from)!.node
      if (fromNode.type !== splitType) {
        return [
          nodeIssue(
            CODE,
            join,
            `汇聚节点${nodeLabel(join.node)}的各入线不是来自同一个${NODE_TYPE_LABEL[splitType].zh}的分支（它们分开于${name(from)}）`,
            `The inputs of join ${nodeLabel(join.node)} are not the branches of one ${NODE_TYPE_LABEL[splitType].en} (they part at ${name(from)})`,
          ),
        ]
      }
      if (ipdom.get(from) !== join.node.id) {
        return [
          nodeIssue(
            CODE,
            join,
            `汇聚节点${nodeLabel(join.node)}只汇聚了${name(from)}的部分分支`,
            `Join ${nodeLabel(join.node)} joins only some of the branches of ${name(from)}`,
          ),
        ]
      }
      return []
    })
    return [...splitIssues, ...joinIssues]
  },
}
