import { InputNumber, Select, Space } from 'antd'
import type { Duration } from '@tongban/schemas'
import { useI18n } from '../../../../shared/i18n'

/** A time limit: number + unit (working days by default). Empty clears it. */
export function DurationInput({ value, onChange }: { value?: Duration; onChange(v: Duration | undefined): void }) {
  const { tx } = useI18n()
  return (
    <Space.Compact>
      <InputNumber
        min={0.5}
        step={0.5}
        value={value?.value}
        placeholder={tx('不限', 'none')}
        onChange={(v) => onChange(v ? { value: v, unit: value?.unit ?? 'workday' } : undefined)}
      />
      <Select
        value={value?.unit ?? 'workday'}
        style={{ width: 110 }}
        onChange={(unit) => value && onChange({ ...value, unit })}
        options={[
          { value: 'workday', label: tx('工作日', 'working days') },
          { value: 'day', label: tx('自然日', 'days') },
          { value: 'hour', label: tx('小时', 'hours') },
          { value: 'minute', label: tx('分钟', 'minutes') },
        ]}
      />
    </Space.Compact>
  )
}
