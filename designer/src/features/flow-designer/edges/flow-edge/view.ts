import { svg } from '../../nodes/shared/svg'
import { PolylineEdge } from '@logicflow/core'
import type { LfEdgeProperties } from '../../adapters/lf-graph'

/** Draws the BPMN default-flow slash near the source of the default branch. */
export class FlowEdgeView extends PolylineEdge {
  override getStartArrow() {
    const { model } = this.props
    const props = model.properties as Partial<LfEdgeProperties>
    if (!props.edge?.isDefault) return null
    const { stroke } = model.getEdgeStyle()
    // Drawn in the arrow's local frame (pointing along the edge): a short slash across the line.
    return svg('path', { d: 'M 6 -6 L 14 6', stroke, 'stroke-width': 2, fill: 'none', class: 'tb-default-marker' })
  }
}
