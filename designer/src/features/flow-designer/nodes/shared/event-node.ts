import { svg, type SvgNode } from './svg'
import { CircleNode, CircleNodeModel } from '@logicflow/core'
import type { FlowNodeType } from '@tongban/schemas'
import type { LfNodeProperties } from '../../adapters/lf-graph'
import { clip, ISSUE_COLOR, nodeColors } from './node-style'

/** Model of the round nodes (start, end, timer). */
export class EventNodeModel extends CircleNodeModel {
  readonly flowType: FlowNodeType = 'start'

  override setAttributes(): void {
    this.r = 24
    this.text.editable = false
  }

  /**
   * LogicFlow rotates every anchor through matrix products on each read; our nodes never rotate,
   * and this getter dominated rendering large flows.
   */
  override get anchors() {
    return this.rotate ? super.anchors : this.getAnchorsByOffset()
  }

  override getNodeStyle() {
    const style = super.getNodeStyle()
    const { stroke, strokeWidth } = nodeColors(this.properties as Partial<LfNodeProperties>, this.flowType)
    return { ...style, stroke, strokeWidth: this.flowType === 'end' ? strokeWidth + 2 : strokeWidth, fill: '#fff' }
  }
}

export class EventNodeView extends CircleNode {
  /** What is drawn inside the circle (the timer's clock). */
  protected inner(_x: number, _y: number, _color: string): SvgNode | null {
    return null
  }

  override getShape() {
    const model = this.props.model as EventNodeModel
    const { x, y, r } = model
    const props = model.properties as Partial<LfNodeProperties>
    const { color } = nodeColors(props, model.flowType)
    return svg('g', { class: `tb-node tb-node-${model.flowType}` }, [
      svg('circle', { ...model.getNodeStyle(), cx: x, cy: y, r }),
      this.inner(x, y, color),
      svg('text', { x, y: y + r + 16, 'font-size': 12, 'text-anchor': 'middle', fill: props.issue ? ISSUE_COLOR : '#595959', class: 'tb-node-title' }, clip(props.node?.name ?? '', 16)),
      props.issue ? svg('title', {}, props.issue) : null,
    ])
  }
}
