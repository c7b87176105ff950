import type { FlowNodeType } from '@tongban/schemas'
import { EventNodeModel } from '../shared/event-node'
import { noIncoming } from '../shared/node-style'

/** Model of the `start` node. */
export class StartNodeModel extends EventNodeModel {
  override readonly flowType: FlowNodeType = 'start'

  override getConnectedTargetRules() {
    return [...super.getConnectedTargetRules(), noIncoming]
  }
}
