import { Collapse } from 'antd'
import type { FlowNode, HumanTaskNode } from '@tongban/schemas'
import { useI18n } from '../../../../shared/i18n'
import type { FieldInfo } from '../../../../shared/form/list-fields'
import { FieldPermissionMatrix } from '../field-permission-matrix'
import { ActionsEditor } from './actions-editor'
import { AssigneeRules } from './assignee-rules'
import { DurationInput } from './duration-input'
import { MultiApproverEditor } from './multi-approver'
import { PoliciesEditor } from './policies-editor'

interface Props {
  node: HumanTaskNode
  nodes: readonly FlowNode[]
  fields: readonly FieldInfo[]
  onChange(node: HumanTaskNode, field: string): void
}

/** 审批 / 办理: who, how several decide, policies, time limit, actions and field permissions. */
export function HumanTaskSection({ node, nodes, fields, onChange }: Props) {
  const { tx } = useI18n()
  const set = <K extends keyof HumanTaskNode>(key: K, value: HumanTaskNode[K] | undefined, field: string = String(key)) => {
    const next = { ...node } as HumanTaskNode
    if (value === undefined) delete next[key]
    else next[key] = value as never
    onChange(next, field)
  }
  return (
    <Collapse
      size="small"
      defaultActiveKey={['assignees', 'multi']}
      items={[
        {
          key: 'assignees',
          label: tx('审批人', 'Assignees'),
          children: <AssigneeRules rules={node.assignees} fields={fields} onChange={(r) => set('assignees', r as HumanTaskNode['assignees'])} />,
        },
        { key: 'multi', label: tx('多人审批方式', 'Several assignees'), children: <MultiApproverEditor value={node.multi} onChange={(m) => set('multi', m)} /> },
        { key: 'limit', label: tx('办理时限', 'Time limit'), children: <DurationInput value={node.timeLimit} onChange={(d) => set('timeLimit', d)} /> },
        { key: 'policies', label: tx('处理策略', 'Policies'), children: <PoliciesEditor value={node.policies} nodes={nodes} onChange={(p) => set('policies', p)} /> },
        {
          key: 'actions',
          label: tx('可用操作', 'Allowed actions'),
          children: (
            <ActionsEditor
              actions={node.actions}
              commentRequired={node.commentRequired}
              onChange={(actions, commentRequired) => {
                const next = { ...node, actions } as HumanTaskNode
                if (commentRequired) next.commentRequired = commentRequired
                else delete next.commentRequired
                onChange(next, 'actions')
              }}
            />
          ),
        },
        {
          key: 'fields',
          label: tx('字段权限', 'Field permissions'),
          children: (
            <FieldPermissionMatrix fields={fields} value={node.fieldPermissions} implicitDefault="read" onChange={(fp) => set('fieldPermissions', fp)} />
          ),
        },
      ]}
    />
  )
}
