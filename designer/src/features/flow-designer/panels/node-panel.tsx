import { Form, Input, Tag, Typography } from 'antd'
import type { FlowNode, HumanTaskNode } from '@tongban/schemas'
import { pick, useI18n } from '../../../shared/i18n'
import type { FieldInfo } from '../../../shared/form/list-fields'
import { nodeKind } from '../model/node-catalog'
import { HumanTaskSection } from './sections/human-task-section'
import { CcSection, EndSection, ServiceSection, StartSection, SubflowSection, TimerSection } from './sections/other-sections'

interface Props {
  node: FlowNode
  nodes: readonly FlowNode[]
  fields: readonly FieldInfo[]
  /** `field` names the edited property (edits of one property merge into one undo step). */
  onChange(node: FlowNode, field: string): void
}

/** The property panel of one node: name and description, then what its type needs. */
export function NodePanel({ node, nodes, fields, onChange }: Props) {
  const { tx, locale } = useI18n()
  const kind = nodeKind(node.type)
  return (
    <div data-testid="node-panel">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        <Tag color={kind.color}>{pick(locale, kind.title)}</Tag>
        {node.id}
      </Typography.Title>
      <Form layout="vertical" size="small">
        <Form.Item label={tx('名称', 'Name')} required>
          <Input value={node.name} maxLength={60} onChange={(e) => onChange({ ...node, name: e.target.value }, 'name')} data-testid="node-name" />
        </Form.Item>
        <Form.Item label={tx('说明', 'Description')}>
          <Input.TextArea
            rows={2}
            value={node.description}
            maxLength={500}
            onChange={(e) => onChange({ ...node, description: e.target.value || undefined } as FlowNode, 'description')}
          />
        </Form.Item>
      </Form>
      <TypeSection node={node} nodes={nodes} fields={fields} onChange={onChange} />
    </div>
  )
}

function TypeSection({ node, nodes, fields, onChange }: Props) {
  switch (node.type) {
    case 'approval':
    case 'handle':
      return <HumanTaskSection node={node} nodes={nodes} fields={fields} onChange={(n: HumanTaskNode, f) => onChange(n, f)} />
    case 'start':
      return <StartSection node={node} fields={fields} onChange={onChange} />
    case 'cc':
      return <CcSection node={node} fields={fields} onChange={onChange} />
    case 'subflow':
      return <SubflowSection node={node} onChange={onChange} />
    case 'timer':
      return <TimerSection node={node} onChange={onChange} />
    case 'service':
      return <ServiceSection node={node} onChange={onChange} />
    case 'end':
      return <EndSection node={node} onChange={onChange} />
    default:
      return null
  }
}
