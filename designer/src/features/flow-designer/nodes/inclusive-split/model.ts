import type { FlowNodeType } from '@tongban/schemas'
import { GatewayNodeModel } from '../shared/gateway-node'

/** Model of the `inclusive-split` node. */
export class InclusiveSplitNodeModel extends GatewayNodeModel {
  override readonly flowType: FlowNodeType = 'inclusive-split'
}
