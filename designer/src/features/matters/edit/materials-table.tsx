import { Button, Input, Switch, Table } from 'antd'
import type { Material } from '@tongban/schemas'
import { useI18n } from '../../../shared/i18n'

/** 申请材料: name, required, supplied by the system (减材料) and from where, template. */
export function MaterialsTable({ value, onChange }: { value: Material[]; onChange(v: Material[]): void }) {
  const { tx } = useI18n()
  const set = (i: number, m: Material) => onChange(value.map((x, j) => (j === i ? m : x)))
  const nextId = () => {
    let n = value.length + 1
    while (value.some((m) => m.id === `mat-${n}`)) n++
    return `mat-${n}`
  }
  return (
    <>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={value}
        data-testid="materials-table"
        columns={[
          { title: tx('材料名称', 'Name'), render: (_, m, i) => <Input size="small" value={m.name} onChange={(e) => set(i, { ...m, name: e.target.value })} /> },
          { title: tx('必交', 'Required'), width: 70, render: (_, m, i) => <Switch size="small" checked={m.required} onChange={(required) => set(i, { ...m, required })} /> },
          { title: tx('系统提供', 'System supplies'), width: 90, render: (_, m, i) => <Switch size="small" checked={m.systemSupplied} onChange={(systemSupplied) => set(i, { ...m, systemSupplied })} /> },
          {
            title: tx('数据来源', 'Source'),
            render: (_, m, i) => (
              <Input size="small" disabled={!m.systemSupplied} value={m.source} onChange={(e) => set(i, { ...m, source: e.target.value || undefined })} />
            ),
          },
          { title: tx('模板', 'Template'), render: (_, m, i) => <Input size="small" value={m.template} onChange={(e) => set(i, { ...m, template: e.target.value || undefined })} /> },
          { title: '', width: 40, render: (_, _m, i) => <Button size="small" type="text" danger onClick={() => onChange(value.filter((_, j) => j !== i))}>×</Button> },
        ]}
      />
      <Button size="small" type="dashed" block style={{ marginTop: 8 }} onClick={() => onChange([...value, { id: nextId(), name: '新材料', required: true, systemSupplied: false }])}>
        {tx('添加材料', 'Add material')}
      </Button>
    </>
  )
}
