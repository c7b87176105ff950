import { Button, Input, Space } from 'antd'
import type { DataMapping } from '@tongban/schemas'
import { useI18n } from '../../../../shared/i18n'

/** `from` expression → `to` field pairs (sub-flow inputs/outputs, service payloads). */
export function DataMappings({ value, onChange }: { value: DataMapping[]; onChange(v: DataMapping[]): void }) {
  const { tx } = useI18n()
  const set = (i: number, m: DataMapping) => onChange(value.map((x, j) => (j === i ? m : x)))
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {value.map((m, i) => (
        <Space.Compact key={i} style={{ width: '100%' }}>
          <Input placeholder={tx('表达式', 'expression')} value={m.from} onChange={(e) => set(i, { ...m, from: e.target.value })} />
          <Input placeholder={tx('目标字段', 'target field')} value={m.to} onChange={(e) => set(i, { ...m, to: e.target.value })} />
          <Button danger onClick={() => onChange(value.filter((_, j) => j !== i))}>
            ×
          </Button>
        </Space.Compact>
      ))}
      <Button size="small" type="dashed" block onClick={() => onChange([...value, { from: '', to: '' }])}>
        {tx('添加映射', 'Add a mapping')}
      </Button>
    </Space>
  )
}
