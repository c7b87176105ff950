import type { FlowNodeType } from '@tongban/schemas'
import { TaskNodeModel } from '../shared/task-node'

/** Model of the `approval` node. */
export class ApprovalNodeModel extends TaskNodeModel {
  override readonly flowType: FlowNodeType = 'approval'
}
