import { Alert, Button, Input, Select, Space, Switch, Typography } from 'antd'
import { checkExpression, FORM_EXPRESSION_CONTEXT, type FormNode, type Reaction } from '@tongban/schemas'
import { useState } from 'react'
import { pickMessage, useI18n } from '../../../shared/i18n'
import type { FieldInfo } from '../../../shared/form/list-fields'
import { fromReaction, reactionsOf, toReaction, type LinkageRule } from './linkage-rule'

interface Props {
  node: FormNode
  fields: readonly FieldInfo[]
  onChange(reactions: Reaction[] | undefined): void
}

/** "When X is Y, show / require / set this field"; expert mode edits the condition as an expression. */
export function LinkageEditor({ node, fields, onChange }: Props) {
  const { tx } = useI18n()
  const [expert, setExpert] = useState(false)
  const reactions = reactionsOf(node)
  const write = (list: Reaction[]) => onChange(list.length ? list : undefined)
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="linkage-editor">
      <Space>
        <Switch size="small" checked={expert} onChange={setExpert} />
        {tx('专家模式（直接写表达式）', 'Expert mode (write expressions)')}
      </Space>
      {reactions.map((r, i) => {
        const rule = fromReaction(r)
        const set = (next: Reaction) => write(reactions.map((x, j) => (j === i ? next : x)))
        const remove = () => write(reactions.filter((_, j) => j !== i))
        return expert || !rule ? (
          <ExpertReaction key={i} reaction={r} fields={fields} onChange={set} onRemove={remove} />
        ) : (
          <RuleRow key={i} rule={rule} fields={fields} onChange={(x) => set(toReaction(x))} onRemove={remove} />
        )
      })}
      <Button size="small" type="dashed" block disabled={!fields.length} onClick={() => write([...reactions, toReaction({ field: fields[0]!.name, op: '==', value: '', action: 'show' })])}>
        {tx('添加联动规则', 'Add a linkage rule')}
      </Button>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {tx('规则写成声明式 x-reactions，表达式用安全表达式语言，不含代码。', 'Rules are declarative x-reactions in the safe expression language: no code.')}
      </Typography.Text>
    </Space>
  )
}

function RuleRow({ rule, fields, onChange, onRemove }: { rule: LinkageRule; fields: readonly FieldInfo[]; onChange(r: LinkageRule): void; onRemove(): void }) {
  const { tx } = useI18n()
  const parse = (s: string): LinkageRule['value'] => (s === 'true' ? true : s === 'false' ? false : s !== '' && !Number.isNaN(Number(s)) ? Number(s) : s)
  return (
    <Space wrap size={4} style={{ border: '1px solid #f0f0f0', padding: 6, borderRadius: 4 }}>
      {tx('当', 'When')}
      <Select size="small" style={{ width: 120 }} value={rule.field} onChange={(field) => onChange({ ...rule, field })} options={fields.map((f) => ({ value: f.name, label: f.title }))} />
      <Select size="small" value={rule.op} onChange={(op) => onChange({ ...rule, op })} options={['==', '!=', '>', '<'].map((v) => ({ value: v, label: v }))} />
      <Input size="small" style={{ width: 90 }} value={String(rule.value)} onChange={(e) => onChange({ ...rule, value: parse(e.target.value) })} />
      {tx('时', 'then')}
      <Select
        size="small"
        value={rule.action}
        onChange={(action) => onChange({ ...rule, action })}
        options={[
          { value: 'show', label: tx('显示', 'show') },
          { value: 'require', label: tx('必填', 'require') },
          { value: 'set', label: tx('赋值', 'set') },
        ]}
      />
      {rule.action === 'set' && <Input size="small" style={{ width: 80 }} value={String(rule.setTo ?? '')} onChange={(e) => onChange({ ...rule, setTo: parse(e.target.value) })} />}
      <Button size="small" type="text" danger onClick={onRemove}>
        ×
      </Button>
    </Space>
  )
}

function ExpertReaction({ reaction, fields, onChange, onRemove }: { reaction: Reaction; fields: readonly FieldInfo[]; onChange(r: Reaction): void; onRemove(): void }) {
  const { tx, locale } = useI18n()
  const state = reaction.fulfill?.state ?? {}
  const key = (['visible', 'required'] as const).find((k) => typeof state[k] === 'string') ?? 'visible'
  const raw = (typeof reaction.when === 'string' ? reaction.when : (state[key] as string | undefined)) ?? ''
  const expr = raw.replace(/^\{\{|\}\}$/g, '')
  const issues = expr ? checkExpression(expr, { fields: fields.map((f) => f.name.split('.')[0]!), context: FORM_EXPRESSION_CONTEXT }, '/x-reactions') : []
  const write = (e: string) =>
    onChange(typeof reaction.when === 'string' ? { ...reaction, when: `{{${e}}}` } : { ...reaction, fulfill: { ...reaction.fulfill, state: { ...state, [key]: `{{${e}}}` } } })
  return (
    <Space direction="vertical" style={{ width: '100%', border: '1px solid #f0f0f0', padding: 6, borderRadius: 4 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {tx('依赖', 'Depends on')}: {JSON.stringify(reaction.dependencies ?? [])} · {typeof reaction.when === 'string' ? 'when' : key}
      </Typography.Text>
      <Input.TextArea rows={2} value={expr} onChange={(e) => write(e.target.value)} status={issues.some((i) => i.severity === 'error') ? 'error' : undefined} style={{ fontFamily: 'monospace' }} data-testid="expert-expression" />
      {issues.map((i, n) => (
        <Alert key={n} type={i.severity === 'error' ? 'error' : 'warning'} showIcon message={pickMessage(locale, i)} />
      ))}
      <Button size="small" danger onClick={onRemove}>
        {tx('删除规则', 'Remove rule')}
      </Button>
    </Space>
  )
}
