import { issue } from '../../../common/issue'
import type { FlowCheck } from '../flow-check'

const CODE = 'flow.duplicate-node-id'

/** Node ids are unique: tasks, events and layout all refer to nodes by id. */
export const duplicateNodeId: FlowCheck = {
  code: CODE,
  title: { 'zh-CN': '节点编号唯一', en: 'Unique node ids' },
  run({ flow }) {
    const seen = new Set<string>()
    return flow.nodes.flatMap((node, index) => {
      if (!seen.has(node.id)) {
        seen.add(node.id)
        return []
      }
      return [
        issue(`/nodes/${index}/id`, CODE, `节点编号“${node.id}”重复`, `Duplicate node id "${node.id}"`, {
          target: { nodeId: node.id },
        }),
      ]
    })
  },
}
