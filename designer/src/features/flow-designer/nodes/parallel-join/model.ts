import type { FlowNodeType } from '@tongban/schemas'
import { GatewayNodeModel } from '../shared/gateway-node'

/** Model of the `parallel-join` node. */
export class ParallelJoinNodeModel extends GatewayNodeModel {
  override readonly flowType: FlowNodeType = 'parallel-join'
}
