import type { FlowNodeType } from '@tongban/schemas'
import { TaskNodeModel } from '../shared/task-node'

/** Model of the `service` node. */
export class ServiceNodeModel extends TaskNodeModel {
  override readonly flowType: FlowNodeType = 'service'
}
