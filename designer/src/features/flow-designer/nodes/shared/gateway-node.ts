import { svg } from './svg'
import { DiamondNode, DiamondNodeModel } from '@logicflow/core'
import type { FlowNodeType } from '@tongban/schemas'
import type { LfNodeProperties } from '../../adapters/lf-graph'
import { clip, ISSUE_COLOR, nodeColors } from './node-style'

/** Model of the diamond-shaped splits and joins. */
export class GatewayNodeModel extends DiamondNodeModel {
  readonly flowType: FlowNodeType = 'exclusive'

  override setAttributes(): void {
    this.rx = 28
    this.ry = 28
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
    return { ...style, stroke, strokeWidth, fill: '#fff' }
  }
}

/** A diamond with the BPMN marker (× exclusive, + parallel, ○ inclusive) and the name below. */
export class GatewayNodeView extends DiamondNode {
  /** The marker inside the diamond. */
  protected marker(x: number, y: number, color: string) {
    return svg('text', { x, y: y + 7, 'font-size': 22, 'text-anchor': 'middle', fill: color }, '×')
  }

  override getShape() {
    const model = this.props.model as GatewayNodeModel
    const { x, y, rx, ry } = model
    const props = model.properties as Partial<LfNodeProperties>
    const style = model.getNodeStyle()
    const { color } = nodeColors(props, model.flowType)
    const points = `${x},${y - ry} ${x + rx},${y} ${x},${y + ry} ${x - rx},${y}`
    return svg('g', { class: `tb-node tb-node-${model.flowType}` }, [
      svg('polygon', { ...style, points }),
      this.marker(x, y, color),
      svg('text', { x, y: y + ry + 16, 'font-size': 12, 'text-anchor': 'middle', fill: props.issue ? ISSUE_COLOR : '#595959', class: 'tb-node-title' }, clip(props.node?.name ?? '', 16)),
      props.issue ? svg('title', {}, props.issue) : null,
    ])
  }
}

export const plusMarker = (x: number, y: number, color: string) =>
  svg('text', { x, y: y + 8, 'font-size': 26, 'text-anchor': 'middle', fill: color }, '+')

export const circleMarker = (x: number, y: number, color: string) =>
  svg('circle', { cx: x, cy: y, r: 9, fill: 'none', stroke: color, 'stroke-width': 2.5 })
