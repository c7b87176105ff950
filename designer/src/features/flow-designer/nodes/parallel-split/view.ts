import { GatewayNodeView, plusMarker } from '../shared/gateway-node'

/** View of the `parallel-split` node. */
export class ParallelSplitNodeView extends GatewayNodeView {
  protected override marker(x: number, y: number, color: string) {
    return plusMarker(x, y, color)
  }
}
