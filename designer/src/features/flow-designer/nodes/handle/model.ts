import type { FlowNodeType } from '@tongban/schemas'
import { TaskNodeModel } from '../shared/task-node'

/** Model of the `handle` node. */
export class HandleNodeModel extends TaskNodeModel {
  override readonly flowType: FlowNodeType = 'handle'
}
