import type { FlowNodeType } from '@tongban/schemas'
import { GatewayNodeModel } from '../shared/gateway-node'

/** Model of the `exclusive` node. */
export class ExclusiveNodeModel extends GatewayNodeModel {
  override readonly flowType: FlowNodeType = 'exclusive'
}
