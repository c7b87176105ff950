import { GatewayNodeView, plusMarker } from '../shared/gateway-node'

/** View of the `parallel-join` node. */
export class ParallelJoinNodeView extends GatewayNodeView {
  protected override marker(x: number, y: number, color: string) {
    return plusMarker(x, y, color)
  }
}
