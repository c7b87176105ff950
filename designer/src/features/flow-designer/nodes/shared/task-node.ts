import { svg } from './svg'
import { RectNode, RectNodeModel } from '@logicflow/core'
import type { FlowNodeType } from '@tongban/schemas'
import type { LfNodeProperties } from '../../adapters/lf-graph'
import { nodeKind } from '../../model/node-catalog'
import { describeMulti } from '../../model/node-summary'
import { clip, ISSUE_COLOR, nodeColors } from './node-style'

/** Model of the card-shaped nodes (approval, handle, cc, sub-flow, service). */
export class TaskNodeModel extends RectNodeModel {
  /** Set by each subclass: the flow node type it draws. */
  readonly flowType: FlowNodeType = 'approval'

  override setAttributes(): void {
    this.width = 180
    this.height = 64
    this.radius = 8
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

/** A white card: colour band on the left, name, and a second line (assignees · multi mode). */
export class TaskNodeView extends RectNode {
  override getShape() {
    const model = this.props.model as TaskNodeModel
    const { x, y, width, height, radius } = model
    const props = model.properties as Partial<LfNodeProperties>
    const style = model.getNodeStyle()
    const { color } = nodeColors(props, model.flowType)
    const left = x - width / 2
    const top = y - height / 2
    const title = props.node?.name ?? nodeKind(model.flowType).title['zh-CN']
    const multi = props.node && 'multi' in props.node ? describeMulti(props.node.multi) : undefined
    const kindLabel = props.kindLabel ?? nodeKind(model.flowType).title['zh-CN'] + (multi ? ` · ${multi}` : '')
    const children = [
      svg('rect', { ...style, x: left, y: top, rx: radius, ry: radius, width, height }),
      svg('rect', { x: left, y: top, width: 6, height, rx: 3, ry: 3, fill: color, stroke: 'none' }),
      svg('text', { x: left + 16, y: top + 18, 'font-size': 11, fill: color, class: 'tb-node-kind' }, kindLabel),
      svg('text', { x: left + 16, y: top + 38, 'font-size': 14, 'font-weight': 600, fill: '#1f1f1f', class: 'tb-node-title' }, clip(title, 20)),
      svg('text', { x: left + 16, y: top + 56, 'font-size': 11, fill: '#8c8c8c', class: 'tb-node-subtitle' }, clip(props.subtitle ?? '', 26)),
    ]
    if (props.issue)
      children.push(
        svg('circle', { cx: left + width - 10, cy: top + 10, r: 7, fill: ISSUE_COLOR }),
        svg('text', { x: left + width - 10, y: top + 14, 'font-size': 11, fill: '#fff', 'text-anchor': 'middle' }, '!'),
        svg('title', {}, props.issue),
      )
    return svg('g', { class: `tb-node tb-node-${model.flowType}` }, children)
  }
}
