import { closestCenter, DndContext, PointerSensor, useSensor, useSensors, type CollisionDetection, type DragEndEvent } from '@dnd-kit/core'
import { Button, Empty, Space, Tabs, Tooltip } from 'antd'
import { getComponent, type FormDocument } from '@tongban/schemas'
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { CommandStack } from '../../shared/command-stack'
import { useI18n } from '../../shared/i18n'
import { listFields } from '../../shared/form/list-fields'
import { FormCanvas } from './canvas/form-canvas'
import { dropTargetAt, isInside, moveIndex, parsePath, type DropTarget, type Rect } from './canvas/drop-target'
import { addField, moveField, removeField, renameField, replaceForm, updateFieldProps } from './commands'
import { JsonView } from './json-view/json-view'
import { keyBase, templateFor } from './model/field-templates'
import { getNode, uniqueKey, type FieldPath } from './model/form-tree'
import { STANDARD_FIELDS } from './model/standard-fields'
import { FieldPalette } from './palette/field-palette'
import { FieldPanel } from './panels/field-panel'
import { FormPreview } from './preview/form-preview'

/** The palette never changes with the form. */
const Palette = memo(FieldPalette)

export interface FormDesignerProps {
  stack: CommandStack<FormDocument>
  form: FormDocument
  onSave?(): void
  saving?: boolean
}

/** Palette · nested drag-and-drop canvas · field panel, with preview and a validated JSON view. */
export function FormDesigner({ stack, form, onSave, saving }: FormDesignerProps) {
  const { t, tx } = useI18n()
  const [selected, setSelected] = useState<FieldPath>()
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }))
  const fields = useMemo(() => listFields(form), [form])
  // A number that changes with every new form: remounts the preview and the JSON view cheaply.
  const counter = useRef(0)
  const version = useMemo(() => ++counter.current, [form])
  const selectedNode = selected && getNode(form, selected)
  const onRemove = useCallback((p: FieldPath) => (stack.execute(removeField(p)), setSelected(undefined)), [stack])
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || (e.target as HTMLElement)?.closest?.('input, textarea')) return
      // With Shift held the browser reports 'Z', not 'z'.
      const key = e.key.toLowerCase()
      if (key === 'z' && !e.shiftKey) stack.undo()
      else if (key === 'y' || (key === 'z' && e.shiftKey)) stack.redo()
      else return
      e.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [stack])

  // The drop is decided by the pointer (see dropTargetAt); the collision pass keeps its answer.
  const formRef = useRef(form)
  formRef.current = form
  const dropTarget = useRef<DropTarget>()
  const collisions = useCallback<CollisionDetection>((args) => {
    dropTarget.current = undefined
    if (!args.pointerCoordinates) return closestCenter(args)
    const rects = new Map<string, Rect>()
    for (const c of args.droppableContainers) {
      const r = args.droppableRects.get(c.id)
      if (r) rects.set(String(c.id), r)
    }
    dropTarget.current = dropTargetAt(formRef.current, args.pointerCoordinates, rects)
    return dropTarget.current ? [{ id: dropTarget.current.overId }] : []
  }, [])

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const target = over ? dropTarget.current : undefined
    dropTarget.current = undefined
    if (!target) return
    const id = String(active.id)
    if (id.startsWith('component:')) {
      const def = getComponent(id.slice('component:'.length))
      if (!def) return
      const key = uniqueKey(form, keyBase(def))
      stack.execute(addField(target.parent, key, templateFor(def), target.index))
      setSelected([...target.parent, key])
    } else if (id.startsWith('standard:')) {
      const std = STANDARD_FIELDS.find((s) => s.id === id.slice('standard:'.length))
      if (!std) return
      const key = uniqueKey(form, std.key)
      stack.execute(addField(target.parent, key, structuredClone(std.node), target.index))
      setSelected([...target.parent, key])
    } else if (id.startsWith('field:') && id !== target.overId) {
      const from = parsePath(id)
      if (isInside(from, target.parent)) return
      stack.execute(moveField(from, target.parent, moveIndex(form, from, target)))
      setSelected(undefined)
    }
  }

  return (
    <DndContext sensors={sensors} collisionDetection={collisions} onDragEnd={onDragEnd}>
      <div style={{ display: 'grid', gridTemplateColumns: '200px 1fr 380px', height: 'calc(100vh - 64px)' }}>
        <div style={{ overflow: 'auto', borderRight: '1px solid #f0f0f0', padding: 8 }}>
          <Palette />
        </div>
        <div style={{ overflow: 'auto' }}>
          <Space style={{ padding: '8px 12px' }}>
            <Tooltip title={stack.undoLabel}>
              <Button size="small" disabled={!stack.canUndo} onClick={() => stack.undo()} data-testid="undo">
                {t('common.undo')}
              </Button>
            </Tooltip>
            <Tooltip title={stack.redoLabel}>
              <Button size="small" disabled={!stack.canRedo} onClick={() => stack.redo()} data-testid="redo">
                {t('common.redo')}
              </Button>
            </Tooltip>
            {onSave && (
              <Button size="small" type="primary" loading={saving} onClick={onSave} data-testid="save">
                {t('common.save')}
              </Button>
            )}
          </Space>
          <Tabs
            size="small"
            style={{ padding: '0 12px' }}
            items={[
              {
                key: 'design',
                label: tx('设计', 'Design'),
                children: <FormCanvas root={form.schema} selected={selected} onSelect={setSelected} onRemove={onRemove} />,
              },
              { key: 'preview', label: tx('预览', 'Preview'), children: <FormPreview key={version} form={form} /> },
              { key: 'json', label: 'JSON', children: <JsonView key={version} form={form} onApply={(f) => stack.execute(replaceForm(f, '编辑 JSON'))} /> },
            ]}
          />
        </div>
        <div style={{ overflow: 'auto', borderLeft: '1px solid #f0f0f0', padding: 12 }}>
          {selected && selectedNode ? (
            <FieldPanel
              key={selected.join('/')}
              name={selected[selected.length - 1]!}
              node={selectedNode}
              fields={fields}
              onChange={(n, prop) => stack.execute(updateFieldProps(selected, n, prop))}
              onRename={(name) => {
                stack.execute(renameField(selected, name))
                setSelected([...selected.slice(0, -1), name])
              }}
            />
          ) : (
            <Empty description={tx('选择一个字段以编辑属性', 'Select a field to edit it')} />
          )}
        </div>
      </div>
    </DndContext>
  )
}
