import { useDroppable } from '@dnd-kit/core'
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { Typography } from 'antd'
import type { FormNode } from '@tongban/schemas'
import { memo, useMemo } from 'react'
import { useI18n } from '../../../shared/i18n'
import { isContainer } from '../model/field-templates'
import { childEntries, ITEMS, type FieldPath } from '../model/form-tree'
import { containerId, pathId } from './drop-target'

interface Props {
  root: FormNode
  selected?: FieldPath
  /** Must be stable (the cards are memoised). */
  onSelect(path: FieldPath): void
  /** Must be stable (the cards are memoised). */
  onRemove(path: FieldPath): void
}

type ListProps = { node: FormNode; pathKey: string; selectedKey?: string; onSelect(path: FieldPath): void; onRemove(path: FieldPath): void }

const toPath = (key: string): FieldPath => (key ? key.split('/') : [])

/** The form as nested sortable lists: drag to reorder or into a container, click to select. */
export function FormCanvas({ root, selected, onSelect, onRemove }: Props) {
  return (
    <div data-testid="form-canvas" style={{ padding: 12 }}>
      <FieldList node={root} pathKey="" selectedKey={selected?.join('/')} onSelect={onSelect} onRemove={onRemove} />
    </div>
  )
}

/**
 * One container's children. Memoised with stable props and item ids, so an edit re-renders only
 * the containers and cards on the path to the edited field (a 150-field form stays fast).
 */
const FieldList = memo(function FieldList({ node, pathKey, selectedKey, onSelect, onRemove }: ListProps) {
  const { tx } = useI18n()
  const path = toPath(pathKey)
  const entries = childEntries(node)
  const idsKey = entries.map(([k]) => k).join('\u0000')
  const items = useMemo(() => (idsKey ? idsKey.split('\u0000') : []).map((k) => pathId([...toPath(pathKey), k])), [idsKey, pathKey])
  const { setNodeRef, isOver } = useDroppable({ id: containerId(path) })
  // Only the cards on the selected path need to know the selection.
  const below = (k: string) => (selectedKey && (selectedKey === (pathKey ? `${pathKey}/${k}` : k) || selectedKey.startsWith((pathKey ? `${pathKey}/${k}` : k) + '/')) ? selectedKey : undefined)
  return (
    <SortableContext items={items} strategy={verticalListSortingStrategy}>
      <div ref={setNodeRef} style={{ minHeight: 40, padding: 4, borderRadius: 4, background: isOver ? '#e6f4ff' : undefined, border: '1px dashed #d9d9d9' }}>
        {entries.map(([k, child]) => (
          <FieldCard key={k} name={k} node={child} pathKey={pathKey ? `${pathKey}/${k}` : k} selectedKey={below(k)} onSelect={onSelect} onRemove={onRemove} />
        ))}
        {!entries.length && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{tx('拖入字段', 'Drop fields here')}</Typography.Text>}
      </div>
    </SortableContext>
  )
})

const FieldCard = memo(function FieldCard(props: { name: string } & ListProps) {
  const { attributes, listeners, setNodeRef, transform, transition } = useSortable({ id: pathId(toPath(props.pathKey)) })
  // Sortable context changes re-run only this wrapper; the body below is memoised on its data.
  return (
    <div
      ref={setNodeRef}
      data-testid={`field-${props.name}`}
      style={{ transform: CSS.Transform.toString(transform), transition, display: 'flex', gap: 6, border: `1px solid ${props.selectedKey === props.pathKey ? '#1677ff' : '#f0f0f0'}`, borderRadius: 6, background: '#fff', margin: '4px 0', padding: '6px 8px' }}
      onClick={(e) => {
        e.stopPropagation()
        props.onSelect(toPath(props.pathKey))
      }}
    >
      <span {...attributes} {...listeners} style={{ cursor: 'grab', color: '#bfbfbf' }} aria-label="drag">
        ⠿
      </span>
      <CardBody {...props} />
    </div>
  )
})

const tagStyle = { marginLeft: 'auto', fontSize: 12, padding: '0 6px', border: '1px solid #d9d9d9', borderRadius: 4, background: '#fafafa' } as const

const CardBody = memo(function CardBody({ name, node, pathKey, selectedKey, onSelect, onRemove }: { name: string } & ListProps) {
  const { tx } = useI18n()
  const inner = node.items ? { node: node.items, pathKey: `${pathKey}/${ITEMS}` } : isContainer(node) ? { node, pathKey } : undefined
  return (
    <div style={{ flex: 1, minWidth: 0 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
        <strong>{node.title ?? (node['x-component-props']?.title as string | undefined) ?? name}</strong>
        {node.required === true && <span style={{ color: '#ff4d4f' }}>*</span>}
        <span style={tagStyle}>{node['x-component'] ?? node.type}</span>
        <span style={{ fontSize: 12, color: '#8c8c8c' }}>{name}</span>
        <button
          type="button"
          style={{ border: 'none', background: 'none', color: '#ff4d4f', cursor: 'pointer' }}
          onClick={(e) => (e.stopPropagation(), onRemove(toPath(pathKey)))}
          aria-label={tx('删除', 'Remove')}
        >
          ×
        </button>
      </div>
      {inner && (
        <div style={{ marginTop: 6 }}>
          <FieldList node={inner.node} pathKey={inner.pathKey} selectedKey={selectedKey} onSelect={onSelect} onRemove={onRemove} />
        </div>
      )}
    </div>
  )
})
