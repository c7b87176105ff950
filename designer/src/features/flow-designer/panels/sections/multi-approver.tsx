import { InputNumber, Radio, Space, Switch } from 'antd'
import type { MultiApprover } from '@tongban/schemas'
import { useI18n } from '../../../../shared/i18n'

/** 多人审批方式: sequential, countersign (all), or-sign (any), ratio. */
export function MultiApproverEditor({ value, onChange }: { value?: MultiApprover; onChange(v: MultiApprover | undefined): void }) {
  const { tx } = useI18n()
  const mode = value?.mode ?? 'any'
  return (
    <Space direction="vertical">
      <Radio.Group
        value={mode}
        data-testid="multi-mode"
        onChange={(e) => {
          const m = e.target.value as MultiApprover['mode']
          onChange(m === 'ratio' ? { mode: m, ratio: 0.5 } : { mode: m, ...(value?.anyRejectionEnds && m === 'all' ? { anyRejectionEnds: true } : {}) })
        }}
        options={[
          { value: 'sequential', label: tx('依次审批', 'In sequence') },
          { value: 'all', label: tx('会签', 'Countersign') },
          { value: 'any', label: tx('或签', 'Or-sign') },
          { value: 'ratio', label: tx('按比例', 'Ratio') },
        ]}
      />
      {mode === 'ratio' && (
        <InputNumber
          min={0.01}
          max={1}
          step={0.05}
          value={value?.ratio}
          addonAfter={tx('通过比例', 'share')}
          onChange={(ratio) => onChange({ mode: 'ratio', ratio: ratio ?? 0.5 })}
        />
      )}
      {mode === 'all' && (
        <Space>
          <Switch size="small" checked={!!value?.anyRejectionEnds} onChange={(v) => onChange({ mode: 'all', ...(v ? { anyRejectionEnds: true } : {}) })} />
          {tx('一票否决', 'One rejection ends it')}
        </Space>
      )}
    </Space>
  )
}
