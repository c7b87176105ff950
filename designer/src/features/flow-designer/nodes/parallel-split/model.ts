import type { FlowNodeType } from '@tongban/schemas'
import { GatewayNodeModel } from '../shared/gateway-node'

/** Model of the `parallel-split` node. */
export class ParallelSplitNodeModel extends GatewayNodeModel {
  override readonly flowType: FlowNodeType = 'parallel-split'
}
