import type { FlowNodeType } from '@tongban/schemas'
import { EventNodeModel } from '../shared/event-node'

/** Model of the `timer` node. */
export class TimerNodeModel extends EventNodeModel {
  override readonly flowType: FlowNodeType = 'timer'
}
