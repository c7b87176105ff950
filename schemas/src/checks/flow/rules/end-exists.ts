import { issue } from '../../../common/issue'
import type { FlowCheck } from '../flow-check'

const CODE = 'flow.no-end'

/** At least one end node, or no case could ever finish. */
export const endExists: FlowCheck = {
  code: CODE,
  title: { 'zh-CN': '至少一个结束节点', en: 'At least one end node' },
  run({ flow }) {
    if (flow.nodes.some((n) => n.type === 'end')) return []
    return [issue('/nodes', CODE, '流程没有结束节点', 'The flow has no end node')]
  },
}
