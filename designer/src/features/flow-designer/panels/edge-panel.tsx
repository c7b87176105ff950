import { Alert, Form, Input, InputNumber, Switch, Typography } from 'antd'
import { checkExpression, FLOW_EXPRESSION_CONTEXT, type FlowEdge, type FlowNode } from '@tongban/schemas'
import { useMemo } from 'react'
import { pickMessage, useI18n } from '../../../shared/i18n'
import type { FieldInfo } from '../../../shared/form/list-fields'

interface Props {
  edge: FlowEdge
  source?: FlowNode
  fields: readonly FieldInfo[]
  onChange(edge: FlowEdge, field: string): void
}

/** Conditions are only meaningful on edges leaving an exclusive or inclusive split. */
export const isBranch = (node?: FlowNode) => node?.type === 'exclusive' || node?.type === 'inclusive-split'

/** Edge properties: label, and for branches the condition (checked live), priority and default flag. */
export function EdgePanel({ edge, source, fields, onChange }: Props) {
  const { tx, locale } = useI18n()
  const branch = isBranch(source)
  const issues = useMemo(
    () =>
      edge.condition
        ? checkExpression(edge.condition, { fields: fields.map((f) => f.name.split('.')[0]!), context: FLOW_EXPRESSION_CONTEXT }, '/condition')
        : [],
    [edge.condition, fields],
  )
  const set = <K extends keyof FlowEdge>(key: K, value: FlowEdge[K] | undefined) => {
    const next = { ...edge }
    if (value === undefined || value === '') delete next[key]
    else next[key] = value
    onChange(next, String(key))
  }
  return (
    <div data-testid="edge-panel">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {tx('连线', 'Edge')} {edge.id}
      </Typography.Title>
      <Form layout="vertical" size="small">
        <Form.Item label={tx('名称', 'Label')}>
          <Input value={edge.name} maxLength={60} onChange={(e) => set('name', e.target.value)} />
        </Form.Item>
        {branch && (
          <>
            <Form.Item label={tx('默认分支', 'Default branch')}>
              <Switch checked={!!edge.isDefault} onChange={(v) => set('isDefault', v || undefined)} data-testid="edge-default" />
            </Form.Item>
            {!edge.isDefault && (
              <Form.Item
                label={tx('条件表达式', 'Condition')}
                help={tx('例如 amount > 10000 或 classified == true；可用字段见下方', 'e.g. amount > 10000 or classified == true')}
              >
                <Input.TextArea
                  rows={2}
                  value={edge.condition}
                  status={issues.some((i) => i.severity === 'error') ? 'error' : undefined}
                  onChange={(e) => set('condition', e.target.value)}
                  data-testid="edge-condition"
                  style={{ fontFamily: 'monospace' }}
                />
              </Form.Item>
            )}
            {issues.map((i, n) => (
              <Alert key={n} type={i.severity === 'error' ? 'error' : 'warning'} showIcon message={pickMessage(locale, i)} style={{ marginBottom: 8 }} />
            ))}
            <Form.Item label={tx('优先级（小者先判断）', 'Priority (lower first)')}>
              <InputNumber value={edge.priority} onChange={(v) => set('priority', v ?? undefined)} />
            </Form.Item>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {tx('可用字段：', 'Fields: ')}
              {fields.map((f) => f.name).join(', ')}
            </Typography.Text>
          </>
        )}
      </Form>
    </div>
  )
}
