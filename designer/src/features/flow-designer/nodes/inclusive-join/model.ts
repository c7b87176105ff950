import type { FlowNodeType } from '@tongban/schemas'
import { GatewayNodeModel } from '../shared/gateway-node'

/** Model of the `inclusive-join` node. */
export class InclusiveJoinNodeModel extends GatewayNodeModel {
  override readonly flowType: FlowNodeType = 'inclusive-join'
}
