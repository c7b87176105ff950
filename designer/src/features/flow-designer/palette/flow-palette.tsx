import { Typography } from 'antd'
import type { FlowNode } from '@tongban/schemas'
import { pick, useI18n } from '../../../shared/i18n'
import { createNode, NODE_KINDS } from '../model/node-catalog'

/** Node types to drag onto the canvas (press on an item, release over the canvas). */
export function FlowPalette({ onStartDrag }: { onStartDrag(node: FlowNode): void }) {
  const { locale, tx } = useI18n()
  return (
    <div data-testid="flow-palette" style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {tx('拖入画布', 'Drag onto the canvas')}
      </Typography.Text>
      {NODE_KINDS.filter((k) => k.inPalette).map((k) => (
        <div
          key={k.type}
          data-testid={`palette-${k.type}`}
          onMouseDown={() => onStartDrag(createNode(k.type, 'new'))}
          style={{ border: `1px solid ${k.color}`, borderLeftWidth: 5, borderRadius: 6, padding: '4px 8px', cursor: 'grab', userSelect: 'none', fontSize: 13, background: '#fff' }}
        >
          {pick(locale, k.title)}
        </div>
      ))}
    </div>
  )
}
