import { GatewayNodeView } from '../shared/gateway-node'

/** View of the `exclusive` node. */
export class ExclusiveNodeView extends GatewayNodeView {}
