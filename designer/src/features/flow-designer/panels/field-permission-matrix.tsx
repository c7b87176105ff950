import { Radio, Table } from 'antd'
import type { FieldAccess, FieldPermissions } from '@tongban/schemas'
import { useI18n } from '../../../shared/i18n'
import type { FieldInfo } from '../../../shared/form/list-fields'

const ACCESS: ReadonlyArray<{ value: FieldAccess; zh: string; en: string }> = [
  { value: 'edit', zh: '可编辑', en: 'Edit' },
  { value: 'read', zh: '只读', en: 'Read' },
  { value: 'hidden', zh: '隐藏', en: 'Hidden' },
]

interface Props {
  fields: readonly FieldInfo[]
  value?: FieldPermissions
  /** What an unlisted field gets when no default is set (`read` on tasks, `edit` at the start). */
  implicitDefault: FieldAccess
  onChange(value: FieldPermissions | undefined): void
}

/** Read / edit / hidden per form field on one node; the first row sets the default. */
export function FieldPermissionMatrix({ fields, value, implicitDefault, onChange }: Props) {
  const { tx, locale } = useI18n()
  const def = value?.default ?? implicitDefault
  const set = (field: string | null, access: FieldAccess) => {
    const current: FieldPermissions = value ?? { fields: {} }
    if (field === null) return onChange({ ...current, default: access })
    const next = { ...current.fields }
    if (access === def) delete next[field]
    else next[field] = access
    onChange({ ...current, fields: next })
  }
  const rows = [{ key: '*', name: null as string | null, title: tx('默认（未列出的字段）', 'Default (unlisted fields)') }].concat(
    fields.map((f) => ({ key: f.name, name: f.name, title: `${f.title}（${f.name}）` })),
  )
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={rows}
      data-testid="field-permission-matrix"
      columns={[
        { title: tx('字段', 'Field'), dataIndex: 'title', ellipsis: true },
        {
          title: tx('权限', 'Access'),
          width: 190,
          render: (_, row) => (
            <Radio.Group
              size="small"
              optionType="button"
              value={row.name === null ? def : (value?.fields[row.name] ?? def)}
              onChange={(e) => set(row.name, e.target.value as FieldAccess)}
              options={ACCESS.map((a) => ({ value: a.value, label: locale === 'en' ? a.en : a.zh }))}
            />
          ),
        },
      ]}
    />
  )
}
