import { useDraggable } from '@dnd-kit/core'
import { Collapse } from 'antd'
import { listComponents, type ComponentDefinition } from '@tongban/schemas'
import { pick, useI18n } from '../../../shared/i18n'
import { STANDARD_FIELDS } from '../model/standard-fields'

/** Palette entries are draggables with ids `component:<name>` or `standard:<id>`. */
function Item({ id, label }: { id: string; label: string }) {
  const { attributes, listeners, setNodeRef } = useDraggable({ id })
  return (
    <div ref={setNodeRef} {...attributes} {...listeners} data-testid={`palette-${id}`} style={{ border: '1px solid #d9d9d9', borderRadius: 4, padding: '3px 8px', margin: '3px 0', cursor: 'grab', background: '#fff', fontSize: 13 }}>
      {label}
    </div>
  )
}

const GROUPS: Array<[NonNullable<ComponentDefinition['group']>, string, string]> = [
  ['basic', '基础', 'Basic'],
  ['choice', '选择', 'Choice'],
  ['datetime', '日期时间', 'Date & time'],
  ['upload', '上传', 'Upload'],
  ['directory', '人员与单位', 'Directory'],
  ['government', '政务', 'Government'],
  ['custom', '自定义', 'Custom'],
  ['layout', '布局', 'Layout'],
  ['array', '列表', 'Arrays'],
]

/** The renderer's widgets from the component registry (custom ones included) and the standard fields. */
export function FieldPalette() {
  const { locale, tx } = useI18n()
  const comps = listComponents().filter((c) => (c.kind === 'field' || c.kind === 'array' || c.kind === 'layout') && !/\.(TabPane|CollapsePanel|StepPane|GridColumn)$/.test(c.name))
  return (
    <Collapse
      size="small"
      defaultActiveKey={['standard', 'basic', 'layout']}
      items={[
        { key: 'standard', label: tx('标准字段', 'Standard fields'), children: STANDARD_FIELDS.map((s) => <Item key={s.id} id={`standard:${s.id}`} label={pick(locale, s.title)} />) },
        ...GROUPS.map(([g, zh, en]) => ({ g, zh, en, list: comps.filter((c) => (c.group ?? 'custom') === g) }))
          .filter((x) => x.list.length)
          .map((x) => ({ key: x.g, label: locale === 'en' ? x.en : x.zh, children: x.list.map((c) => <Item key={c.name} id={`component:${c.name}`} label={pick(locale, c.title)} />) })),
      ]}
    />
  )
}
