import { GatewayNodeView, circleMarker } from '../shared/gateway-node'

/** View of the `inclusive-join` node. */
export class InclusiveJoinNodeView extends GatewayNodeView {
  protected override marker(x: number, y: number, color: string) {
    return circleMarker(x, y, color)
  }
}
