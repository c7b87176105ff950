import type { FlowNodeType } from '@tongban/schemas'
import { TaskNodeModel } from '../shared/task-node'

/** Model of the `cc` node. */
export class CcNodeModel extends TaskNodeModel {
  override readonly flowType: FlowNodeType = 'cc'
}
