import { useDroppable } from '@dnd-kit/core'
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { Button, Tag, Typography } from 'antd'
import type { FormNode } from '@tongban/schemas'
import { useI18n } from '../../../shared/i18n'
import { isContainer } from '../model/field-templates'
import { childEntries, ITEMS, type FieldPath } from '../model/form-tree'

export const pathId = (path: FieldPath) => 'field:' + path.join('/')
export const containerId = (path: FieldPath) => 'container:' + path.join('/')
export const parsePath = (id: string): FieldPath => {
  const rest = id.replace(/^(field|container):/, '')
  return rest ? rest.split('/') : []
}

interface Props {
  root: FormNode
  selected?: FieldPath
  onSelect(path: FieldPath): void
  onRemove(path: FieldPath): void
}

/** The form as nested sortable lists: drag to reorder or into a container, click to select. */
export function FormCanvas({ root, selected, onSelect, onRemove }: Props) {
  return (
    <div data-testid="form-canvas" style={{ padding: 12 }}>
      <FieldList node={root} path={[]} selected={selected} onSelect={onSelect} onRemove={onRemove} />
    </div>
  )
}

function FieldList({ node, path, ...rest }: { node: FormNode; path: FieldPath } & Omit<Props, 'root'>) {
  const { tx } = useI18n()
  const entries = childEntries(node)
  const { setNodeRef, isOver } = useDroppable({ id: containerId(path) })
  return (
    <SortableContext items={entries.map(([k]) => pathId([...path, k]))} strategy={verticalListSortingStrategy}>
      <div ref={setNodeRef} style={{ minHeight: 40, padding: 4, borderRadius: 4, background: isOver ? '#e6f4ff' : undefined, border: '1px dashed #d9d9d9' }}>
        {entries.map(([k, child]) => (
          <FieldCard key={k} name={k} node={child} path={[...path, k]} {...rest} />
        ))}
        {!entries.length && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{tx('拖入字段', 'Drop fields here')}</Typography.Text>}
      </div>
    </SortableContext>
  )
}

function FieldCard({ name, node, path, selected, onSelect, onRemove }: { name: string; node: FormNode; path: FieldPath } & Omit<Props, 'root'>) {
  const { tx } = useI18n()
  const { attributes, listeners, setNodeRef, transform, transition } = useSortable({ id: pathId(path) })
  const isSelected = selected?.join('/') === path.join('/')
  const inner = node.items ? { node: node.items, path: [...path, ITEMS] } : isContainer(node) ? { node, path } : undefined
  return (
    <div
      ref={setNodeRef}
      data-testid={`field-${name}`}
      style={{ transform: CSS.Transform.toString(transform), transition, border: `1px solid ${isSelected ? '#1677ff' : '#f0f0f0'}`, borderRadius: 6, background: '#fff', margin: '4px 0', padding: '6px 8px' }}
      onClick={(e) => {
        e.stopPropagation()
        onSelect(path)
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
        <span {...attributes} {...listeners} style={{ cursor: 'grab', color: '#bfbfbf' }} aria-label="drag">
          ⠿
        </span>
        <Typography.Text strong>{node.title ?? (node['x-component-props']?.title as string | undefined) ?? name}</Typography.Text>
        {node.required === true && <Typography.Text type="danger">*</Typography.Text>}
        <Tag style={{ marginLeft: 'auto' }}>{node['x-component'] ?? node.type}</Tag>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {name}
        </Typography.Text>
        <Button size="small" type="text" danger onClick={(e) => (e.stopPropagation(), onRemove(path))} aria-label={tx('删除', 'Remove')}>
          ×
        </Button>
      </div>
      {inner && (
        <div style={{ marginTop: 6 }}>
          <FieldList node={inner.node} path={inner.path} selected={selected} onSelect={onSelect} onRemove={onRemove} />
        </div>
      )}
    </div>
  )
}
