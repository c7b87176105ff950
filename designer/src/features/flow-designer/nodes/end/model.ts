import type { FlowNodeType } from '@tongban/schemas'
import { EventNodeModel } from '../shared/event-node'
import { noOutgoing } from '../shared/node-style'

/** Model of the `end` node. */
export class EndNodeModel extends EventNodeModel {
  override readonly flowType: FlowNodeType = 'end'

  override getConnectedSourceRules() {
    return [...super.getConnectedSourceRules(), noOutgoing]
  }
}
