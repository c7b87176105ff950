import { Form, Input, Radio, Select, Switch } from 'antd'
import type { FlowNodeOf } from '@tongban/schemas'
import { useI18n } from '../../../../shared/i18n'
import type { FieldInfo } from '../../../../shared/form/list-fields'
import { FieldPermissionMatrix } from '../field-permission-matrix'
import { AssigneeRules } from './assignee-rules'
import { DataMappings } from './data-mappings'
import { DurationInput } from './duration-input'

type Change<T> = (node: T, field: string) => void

export function StartSection({ node, fields, onChange }: { node: FlowNodeOf<'start'>; fields: readonly FieldInfo[]; onChange: Change<FlowNodeOf<'start'>> }) {
  const { tx } = useI18n()
  return (
    <Form layout="vertical" size="small">
      <Form.Item label={tx('申请人可编辑的字段', 'What the applicant may edit')}>
        <FieldPermissionMatrix
          fields={fields}
          value={node.fieldPermissions}
          implicitDefault="edit"
          onChange={(fp) => onChange(fp ? { ...node, fieldPermissions: fp } : { id: node.id, type: 'start', name: node.name }, 'fieldPermissions')}
        />
      </Form.Item>
    </Form>
  )
}

export function CcSection({ node, fields, onChange }: { node: FlowNodeOf<'cc'>; fields: readonly FieldInfo[]; onChange: Change<FlowNodeOf<'cc'>> }) {
  const { tx } = useI18n()
  return (
    <Form layout="vertical" size="small">
      <Form.Item label={tx('抄送给', 'Copy to')}>
        <AssigneeRules rules={node.assignees} fields={fields} onChange={(r) => onChange({ ...node, assignees: r as FlowNodeOf<'cc'>['assignees'] }, 'assignees')} />
      </Form.Item>
      <Form.Item label={tx('字段权限', 'Field permissions')}>
        <FieldPermissionMatrix fields={fields} value={node.fieldPermissions} implicitDefault="read" onChange={(fp) => onChange({ ...node, fieldPermissions: fp }, 'fieldPermissions')} />
      </Form.Item>
    </Form>
  )
}

export function SubflowSection({ node, onChange }: { node: FlowNodeOf<'subflow'>; onChange: Change<FlowNodeOf<'subflow'>> }) {
  const { tx } = useI18n()
  return (
    <Form layout="vertical" size="small">
      <Form.Item label={tx('子事项编码', 'Matter code')}>
        <Input value={node.matterCode} onChange={(e) => onChange({ ...node, matterCode: e.target.value.toUpperCase() }, 'matterCode')} />
      </Form.Item>
      <Form.Item label={tx('发起人', 'Started as')}>
        <Radio.Group
          value={node.applicant}
          onChange={(e) => onChange({ ...node, applicant: e.target.value }, 'applicant')}
          options={[
            { value: 'case-applicant', label: tx('本件申请人', 'The applicant') },
            { value: 'system', label: tx('系统', 'System') },
          ]}
        />
      </Form.Item>
      <Form.Item label={tx('子件被驳回时本节点驳回', 'A rejected child rejects this node')}>
        <Switch checked={!!node.failOnChildRejected} onChange={(v) => onChange({ ...node, failOnChildRejected: v }, 'fail')} />
      </Form.Item>
      <Form.Item label={tx('时限', 'Time limit')}>
        <DurationInput value={node.timeLimit} onChange={(d) => onChange({ ...node, timeLimit: d }, 'timeLimit')} />
      </Form.Item>
      <Form.Item label={tx('传入数据', 'Inputs')}>
        <DataMappings value={node.inputs} onChange={(inputs) => onChange({ ...node, inputs }, 'inputs')} />
      </Form.Item>
      <Form.Item label={tx('传出数据', 'Outputs')}>
        <DataMappings value={node.outputs} onChange={(outputs) => onChange({ ...node, outputs }, 'outputs')} />
      </Form.Item>
    </Form>
  )
}

export function TimerSection({ node, onChange }: { node: FlowNodeOf<'timer'>; onChange: Change<FlowNodeOf<'timer'>> }) {
  const { tx } = useI18n()
  const timer = node.timer
  return (
    <Form layout="vertical" size="small">
      <Form.Item label={tx('定时方式', 'Kind')}>
        <Radio.Group
          value={timer.kind}
          onChange={(e) =>
            onChange(
              { ...node, timer: e.target.value === 'date' ? { kind: 'date', expression: 'replyBy' } : { kind: 'duration', duration: { value: 1, unit: 'workday' } } },
              'timer',
            )
          }
          options={[
            { value: 'duration', label: tx('等待时长', 'Wait for') },
            { value: 'date', label: tx('到指定时间', 'Until a date') },
          ]}
        />
      </Form.Item>
      {timer.kind === 'duration' ? (
        <DurationInput value={timer.duration} onChange={(d) => d && onChange({ ...node, timer: { kind: 'duration', duration: d } }, 'timer')} />
      ) : (
        <Input value={timer.expression} onChange={(e) => onChange({ ...node, timer: { kind: 'date', expression: e.target.value } }, 'timer')} />
      )}
    </Form>
  )
}

export function ServiceSection({ node, onChange }: { node: FlowNodeOf<'service'>; onChange: Change<FlowNodeOf<'service'>> }) {
  const { tx } = useI18n()
  return (
    <Form layout="vertical" size="small">
      <Form.Item label={tx('事件主题', 'Topic')}>
        <Input value={node.topic} onChange={(e) => onChange({ ...node, topic: e.target.value }, 'topic')} />
      </Form.Item>
      <Form.Item label={tx('等待回调', 'Wait for the callback')}>
        <Switch checked={node.waitForCallback} onChange={(v) => onChange({ ...node, waitForCallback: v }, 'wait')} />
      </Form.Item>
      <Form.Item label={tx('发送数据', 'Payload')}>
        <DataMappings value={node.payload} onChange={(payload) => onChange({ ...node, payload }, 'payload')} />
      </Form.Item>
      <Form.Item label={tx('时限', 'Time limit')}>
        <DurationInput value={node.timeLimit} onChange={(d) => onChange({ ...node, timeLimit: d }, 'timeLimit')} />
      </Form.Item>
    </Form>
  )
}

export function EndSection({ node, onChange }: { node: FlowNodeOf<'end'>; onChange: Change<FlowNodeOf<'end'>> }) {
  const { tx } = useI18n()
  return (
    <Form layout="vertical" size="small">
      <Form.Item label={tx('结果', 'Outcome')}>
        <Select
          value={node.outcome ?? 'completed'}
          onChange={(outcome) => onChange({ ...node, outcome }, 'outcome')}
          options={[
            { value: 'completed', label: tx('办结', 'Completed') },
            { value: 'approved', label: tx('通过', 'Approved') },
            { value: 'rejected', label: tx('不通过', 'Rejected') },
          ]}
        />
      </Form.Item>
    </Form>
  )
}
