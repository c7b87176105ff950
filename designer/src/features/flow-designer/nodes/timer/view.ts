import { svg } from '../shared/svg'
import { EventNodeView } from '../shared/event-node'

/** View of the `timer` node: a clock inside the circle. */
export class TimerNodeView extends EventNodeView {
  protected override inner(x: number, y: number, color: string) {
    return svg('g', {}, [
      svg('circle', { cx: x, cy: y, r: 15, fill: 'none', stroke: color, 'stroke-width': 1.5 }),
      svg('path', { d: `M ${x} ${y - 10} L ${x} ${y} L ${x + 7} ${y + 4}`, fill: 'none', stroke: color, 'stroke-width': 1.5 }),
    ])
  }
}
