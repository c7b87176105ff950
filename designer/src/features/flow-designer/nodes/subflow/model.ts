import type { FlowNodeType } from '@tongban/schemas'
import { TaskNodeModel } from '../shared/task-node'

/** Model of the `subflow` node. */
export class SubflowNodeModel extends TaskNodeModel {
  override readonly flowType: FlowNodeType = 'subflow'
}
