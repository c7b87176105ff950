import { Form, InputNumber, Select } from 'antd'
import type { FlowNode, NodePolicies } from '@tongban/schemas'
import { useI18n } from '../../../../shared/i18n'

interface Props {
  value?: NodePolicies
  /** Nodes a rejection may return to. */
  nodes: readonly FlowNode[]
  onChange(v: NodePolicies | undefined): void
}

/** Empty assignee, applicant-is-approver, duplicate approver, rejection and timeout policies. */
export function PoliciesEditor({ value = {}, nodes, onChange }: Props) {
  const { tx } = useI18n()
  const set = <K extends keyof NodePolicies>(key: K, v: NodePolicies[K] | undefined) => {
    const next = { ...value }
    if (v === undefined) delete next[key]
    else next[key] = v
    onChange(Object.keys(next).length ? next : undefined)
  }
  return (
    <Form layout="vertical" size="small">
      <Form.Item label={tx('审批人为空时', 'When no assignee is found')}>
        <Select
          allowClear
          value={value.emptyAssignee?.action}
          onChange={(action) => set('emptyAssignee', action ? { action } : undefined)}
          options={[
            { value: 'auto-approve', label: tx('自动通过', 'Approve automatically') },
            { value: 'auto-reject', label: tx('自动驳回', 'Reject automatically') },
            { value: 'assign-admin', label: tx('转交管理员', 'Assign to the admin') },
            { value: 'assign-to', label: tx('转交指定人员', 'Assign to named people') },
          ]}
        />
      </Form.Item>
      <Form.Item label={tx('审批人是申请人时', 'When the approver is the applicant')}>
        <Select
          allowClear
          value={value.applicantIsApprover}
          onChange={(v) => set('applicantIsApprover', v)}
          options={[
            { value: 'self-approve', label: tx('由本人审批', 'Approves it themself') },
            { value: 'skip', label: tx('跳过', 'Skip the node') },
            { value: 'assign-head', label: tx('转交上级', 'Pass to their head') },
          ]}
        />
      </Form.Item>
      <Form.Item label={tx('审批人重复时', 'Repeated approver')}>
        <Select
          allowClear
          value={value.duplicateApprover}
          onChange={(v) => set('duplicateApprover', v)}
          options={[
            { value: 'none', label: tx('仍需审批', 'Approve again') },
            { value: 'once', label: tx('自动通过（任意重复）', 'Auto-pass any repeat') },
            { value: 'consecutive', label: tx('仅相邻重复自动通过', 'Auto-pass consecutive repeats') },
          ]}
        />
      </Form.Item>
      <Form.Item label={tx('驳回后', 'On rejection')}>
        <Select
          allowClear
          value={value.rejection?.action}
          onChange={(action) => set('rejection', action ? { action } : undefined)}
          options={[
            { value: 'end', label: tx('结束办件', 'End the case') },
            { value: 'return-to-node', label: tx('退回到节点', 'Return to a node') },
            { value: 'return-to-applicant', label: tx('退回申请人补正', 'Return to the applicant') },
          ]}
        />
      </Form.Item>
      {value.rejection?.action === 'return-to-node' && (
        <Form.Item label={tx('退回到', 'Return to')}>
          <Select
            value={value.rejection.nodeId}
            onChange={(nodeId) => set('rejection', { action: 'return-to-node', nodeId })}
            options={nodes.filter((n) => n.type === 'approval' || n.type === 'handle' || n.type === 'start').map((n) => ({ value: n.id, label: n.name }))}
          />
        </Form.Item>
      )}
      <Form.Item label={tx('超时后', 'On timeout')}>
        <Select
          allowClear
          value={value.timeout?.action}
          onChange={(action) => set('timeout', action ? { action, ...(action === 'remind' ? { maxReminders: 3 } : {}) } : undefined)}
          options={[
            { value: 'remind', label: tx('催办提醒', 'Remind') },
            { value: 'auto-approve', label: tx('自动通过', 'Approve automatically') },
            { value: 'auto-reject', label: tx('自动驳回', 'Reject automatically') },
          ]}
        />
      </Form.Item>
      {value.timeout?.action === 'remind' && (
        <Form.Item label={tx('最多提醒次数', 'At most reminders')}>
          <InputNumber min={1} max={20} value={value.timeout.maxReminders} onChange={(n) => set('timeout', { ...value.timeout!, maxReminders: n ?? undefined })} />
        </Form.Item>
      )}
    </Form>
  )
}
