import { Button, Space } from 'antd'
import type { AssigneeRule } from '@tongban/schemas'
import { useI18n } from '../../../../shared/i18n'
import type { FieldInfo } from '../../../../shared/form/list-fields'
import { AssigneeRuleEditor, defaultRule } from '../assignee-rule-editor'

/** The node's assignee rules; results are concatenated in order. */
export function AssigneeRules({ rules, fields, onChange }: { rules: AssigneeRule[]; fields: readonly FieldInfo[]; onChange(r: AssigneeRule[]): void }) {
  const { tx } = useI18n()
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {rules.map((rule, i) => (
        <AssigneeRuleEditor
          key={i}
          rule={rule}
          fields={fields}
          onChange={(r) => onChange(rules.map((x, j) => (j === i ? r : x)))}
          onRemove={rules.length > 1 ? () => onChange(rules.filter((_, j) => j !== i)) : undefined}
        />
      ))}
      <Button size="small" block type="dashed" onClick={() => onChange([...rules, defaultRule('role')])}>
        {tx('添加审批人规则', 'Add an assignee rule')}
      </Button>
    </Space>
  )
}
