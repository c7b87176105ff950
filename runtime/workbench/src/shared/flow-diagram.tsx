import type { FlowDocument, FlowLayout } from '@tongban/schemas'
import { useI18n } from '../i18n/i18n'
import { layoutFlow, type PositionedNode } from './layout-flow'

const W = 140
const H = 44

/**
 * A light read-only picture of the flow: nodes at the designer's layout (or stacked when there is
 * none), edges as arrows, the current position highlighted and passed nodes marked.
 */
export function FlowDiagram(props: {
  nodes: FlowDocument['nodes']
  edges: FlowDocument['edges']
  layout: FlowLayout | null | undefined
  current: readonly string[]
  passed: readonly string[]
}) {
  const { t } = useI18n()
  const { nodes, box } = layoutFlow(props.nodes, props.edges, props.layout)
  const at = new Map(nodes.map((n) => [n.id, n]))
  const fill = (n: PositionedNode) =>
    props.current.includes(n.id) ? '#1552a8' : props.passed.includes(n.id) ? '#e8f5e9' : '#fff'
  const stroke = (n: PositionedNode) =>
    props.current.includes(n.id) ? '#1552a8' : props.passed.includes(n.id) ? '#52c41a' : '#bfbfbf'
  return (
    <svg
      className="flow-diagram"
      viewBox={`${box.x - W / 2 - 20} ${box.y - H / 2 - 20} ${box.width + W + 40} ${box.height + H + 40}`}
      role="img"
      aria-label={t('task.flow')}
      data-testid="flow-diagram"
    >
      <defs>
        <marker
          id="flow-arrow"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" fill="#8c8c8c" />
        </marker>
      </defs>
      {props.edges.map((e) => {
        const a = at.get(e.source)
        const b = at.get(e.target)
        if (!a || !b) return null
        const [x1, y1, x2, y2] = clip(a, b)
        return (
          <g key={e.id}>
            <line
              x1={x1}
              y1={y1}
              x2={x2}
              y2={y2}
              stroke="#8c8c8c"
              strokeWidth={1.5}
              markerEnd="url(#flow-arrow)"
            />
            {e.name && (
              <text x={(x1 + x2) / 2 + 6} y={(y1 + y2) / 2} fontSize={11} fill="#8c8c8c">
                {e.name}
              </text>
            )}
          </g>
        )
      })}
      {nodes.map((n) => {
        const round = n.type === 'start' || n.type === 'end'
        const current = props.current.includes(n.id)
        return (
          <g key={n.id} data-node={n.id} data-current={current ? 'true' : undefined}>
            <rect
              x={n.x - W / 2}
              y={n.y - H / 2}
              width={W}
              height={H}
              rx={round ? H / 2 : n.type === 'exclusive' || n.type === 'parallel' ? 4 : 8}
              fill={fill(n)}
              stroke={stroke(n)}
              strokeWidth={current ? 2.5 : 1.5}
              strokeDasharray={n.type === 'cc' ? '4 3' : undefined}
            />
            <text x={n.x} y={n.y + 5} textAnchor="middle" fontSize={13} fill={current ? '#fff' : '#262626'}>
              {n.name.length > 10 ? `${n.name.slice(0, 9)}…` : n.name}
            </text>
            <title>{current ? `${n.name} · ${t('flow.current')}` : n.name}</title>
          </g>
        )
      })}
    </svg>
  )
}

// helpers

/** The segment between two node boxes, cut at their borders so the arrow head shows. */
function clip(a: PositionedNode, b: PositionedNode): [number, number, number, number] {
  const dx = b.x - a.x
  const dy = b.y - a.y
  const cut = (sx: number, sy: number): [number, number] => {
    const tx = dx === 0 ? Infinity : W / 2 / Math.abs(dx)
    const ty = dy === 0 ? Infinity : H / 2 / Math.abs(dy)
    const f = Math.min(tx, ty)
    return [sx * f, sy * f]
  }
  const [ox, oy] = cut(dx, dy)
  return [a.x + ox, a.y + oy, b.x - ox, b.y - oy]
}
