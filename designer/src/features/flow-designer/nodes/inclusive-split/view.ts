import { GatewayNodeView, circleMarker } from '../shared/gateway-node'

/** View of the `inclusive-split` node. */
export class InclusiveSplitNodeView extends GatewayNodeView {
  protected override marker(x: number, y: number, color: string) {
    return circleMarker(x, y, color)
  }
}
