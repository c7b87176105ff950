import type { Meta, StoryObj } from '@storybook/react-vite'
import { issue } from '@tongban/schemas'
import { useState } from 'react'
import { archiveLookup, secondment } from '../../../fixtures'
import { listFields } from '../../../shared/form/list-fields'
import { locateIssues } from '../checks/locate-issues'
import { createNode } from '../model/node-catalog'
import { AssigneeRuleEditor } from './assignee-rule-editor'
import { EdgePanel } from './edge-panel'
import { FieldPermissionMatrix } from './field-permission-matrix'
import { IssuesPanel } from './issues-panel'
import { NodePanel } from './node-panel'

const fields = listFields(archiveLookup.form)

function Node({ id, bundle = archiveLookup }: { id: string; bundle?: typeof archiveLookup }) {
  const [node, setNode] = useState(() => bundle.flow.nodes.find((n) => n.id === id) ?? createNode(id as never, id))
  return (
    <div style={{ width: 380 }}>
      <NodePanel node={node} nodes={bundle.flow.nodes} fields={listFields(bundle.form)} onChange={setNode} />
    </div>
  )
}

const meta: Meta<typeof Node> = { title: 'Flow designer/Panels', component: Node }
export default meta
type Story = StoryObj<typeof Node>

export const ApprovalNode: Story = { args: { id: 'leader' } }
export const HandleNodeAnySign: Story = { args: { id: 'accept' } }
export const CountersignNode: Story = { args: { id: 'orgdept', bundle: secondment } }
export const StartNode: Story = { args: { id: 'start' } }
export const CcNode: Story = { args: { id: 'cc', bundle: secondment } }
export const SubflowNode: Story = { args: { id: 'subflow' } }
export const TimerNode: Story = { args: { id: 'timer' } }
export const ServiceNode: Story = { args: { id: 'service' } }

export const ConditionEdge: StoryObj = {
  render: () => {
    const [edge, setEdge] = useState(archiveLookup.flow.edges[2]!)
    return <EdgePanel edge={edge} source={archiveLookup.flow.nodes[2]} fields={fields} onChange={setEdge} />
  },
}

export const AssigneeRulePicker: StoryObj = {
  render: () => {
    const [rule, setRule] = useState<Parameters<typeof AssigneeRuleEditor>[0]['rule']>({ kind: 'role', role: 'archive-officer', org: { from: 'fixed', orgId: 'org-archive' } })
    return (
      <div style={{ width: 380 }}>
        <AssigneeRuleEditor rule={rule} fields={fields} onChange={setRule} />
        <pre>{JSON.stringify(rule, null, 1)}</pre>
      </div>
    )
  },
}

export const FieldPermissions: StoryObj = {
  render: () => {
    const [fp, setFp] = useState(archiveLookup.flow.nodes[1]!.type === 'handle' ? archiveLookup.flow.nodes[1]!.fieldPermissions : undefined)
    return <FieldPermissionMatrix fields={fields} value={fp} implicitDefault="read" onChange={setFp} />
  },
}

export const Issues: StoryObj = {
  render: () => (
    <IssuesPanel
      onSelect={() => undefined}
      issues={locateIssues(archiveLookup.flow, [
        issue('/x', 'flow.unreachable-node', '从开始节点无法到达节点“分管领导审批”', 'Node unreachable', { target: { nodeId: 'leader' } }),
        issue('/edges/2/condition', 'expression.unknown-name', '未知字段 classfied', 'Unknown field classfied'),
        issue('/nodes/1', 'flow.no-time-limit', '建议设置办理时限', 'Set a time limit', { severity: 'warning' }),
      ])}
    />
  ),
}
