import { PolylineEdgeModel } from '@logicflow/core'
import type { LfEdgeProperties } from '../../adapters/lf-graph'
import { ISSUE_COLOR } from '../../nodes/shared/node-style'

/** Sequence flow: conditional branches are orange, the default branch carries a slash marker. */
export class FlowEdgeModel extends PolylineEdgeModel {
  override setAttributes(): void {
    this.offset = 24
  }

  override getEdgeStyle() {
    const style = super.getEdgeStyle()
    const props = this.properties as Partial<LfEdgeProperties>
    const conditional = !!props.edge?.condition
    const stroke = props.issue ? ISSUE_COLOR : conditional ? '#fa8c16' : '#8c8c8c'
    return { ...style, stroke, strokeWidth: props.issue ? 2.5 : 1.5 }
  }

  override getTextStyle() {
    const style = super.getTextStyle()
    return { ...style, fontSize: 12, color: '#595959', background: { fill: '#fff' } }
  }
}
