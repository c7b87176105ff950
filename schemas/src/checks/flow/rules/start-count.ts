import { issue } from '../../../common/issue'
import type { FlowCheck } from '../flow-check'

const CODE = 'flow.start-count'

/** A flow has exactly one start node: where every case begins. */
export const startCount: FlowCheck = {
  code: CODE,
  title: { 'zh-CN': '有且只有一个开始节点', en: 'Exactly one start node' },
  run({ flow }) {
    const starts = flow.nodes.map((node, index) => ({ node, index })).filter((n) => n.node.type === 'start')
    if (starts.length === 0) {
      return [issue('/nodes', CODE, '流程没有开始节点', 'The flow has no start node')]
    }
    return starts.slice(1).map(({ node, index }) =>
      issue(
        `/nodes/${index}`,
        CODE,
        `流程只能有一个开始节点，“${node.name}”(${node.id}) 是多余的`,
        `A flow has one start node; "${node.name}" (${node.id}) is one too many`,
        {
          target: { nodeId: node.id },
        },
      ),
    )
  },
}
