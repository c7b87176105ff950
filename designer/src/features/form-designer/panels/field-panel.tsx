import { Button, Collapse, Form, Input, Select, Space, Switch } from 'antd'
import { DIRECTORY_BINDINGS, type FormNode } from '@tongban/schemas'
import { useState } from 'react'
import { useI18n } from '../../../shared/i18n'
import type { FieldInfo } from '../../../shared/form/list-fields'
import { LinkageEditor } from '../linkage/linkage-editor'

interface Props {
  name: string
  node: FormNode
  fields: readonly FieldInfo[]
  onChange(node: FormNode, prop: string): void
  onRename(name: string): void
}

const PRESETS = ['idcard', 'phone', 'tel', 'email', 'uscc']

/** Title, name, required, default, placeholder, options, validation preset, description, binding, linkage. */
export function FieldPanel({ name, node, fields, onChange, onRename }: Props) {
  const { tx } = useI18n()
  const [draftName, setDraftName] = useState(name)
  const set = (key: keyof FormNode, value: unknown) => {
    const next = { ...node } as Record<string, unknown>
    if (value === undefined || value === '') delete next[key]
    else next[key] = value
    onChange(next as FormNode, key)
  }
  const props = node['x-component-props'] ?? {}
  const options = (node.enum ?? []).map((o) => (typeof o === 'object' ? o : { label: String(o), value: o }))
  const preset = typeof node['x-validator'] === 'string' ? node['x-validator'] : undefined
  return (
    <div data-testid="field-panel">
      <Form layout="vertical" size="small">
        <Form.Item label={tx('标题', 'Title')}>
          <Input value={node.title} onChange={(e) => set('title', e.target.value)} data-testid="field-title" />
        </Form.Item>
        <Form.Item label={tx('字段名（数据键）', 'Name (data key)')} help={tx('字母开头，字母数字下划线', 'letters, digits, _')}>
          <Input value={draftName} onChange={(e) => setDraftName(e.target.value)} onBlur={() => /^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(draftName) && draftName !== name && onRename(draftName)} />
        </Form.Item>
        {node.type !== 'void' && (
          <>
            <Form.Item label={tx('必填', 'Required')}>
              <Switch checked={node.required === true} onChange={(v) => set('required', v || undefined)} data-testid="field-required" />
            </Form.Item>
            <Form.Item label={tx('默认值', 'Default')}>
              <Input value={node.default === undefined ? '' : String(node.default)} onChange={(e) => set('default', e.target.value)} />
            </Form.Item>
            <Form.Item label={tx('占位提示', 'Placeholder')}>
              <Input value={(props.placeholder as string) ?? ''} onChange={(e) => set('x-component-props', { ...props, placeholder: e.target.value || undefined })} />
            </Form.Item>
            <Form.Item label={tx('校验规则', 'Validation preset')}>
              <Select allowClear value={preset} onChange={(v) => set('x-validator', v)} options={PRESETS.map((p) => ({ value: p, label: p }))} />
            </Form.Item>
            <Form.Item label={tx('从人员库自动填入', 'Fill from the directory')}>
              <Select
                allowClear
                value={node['x-tongban']?.binding}
                onChange={(binding) => set('x-tongban', binding ? { ...node['x-tongban'], binding } : node['x-tongban']?.standardField ? { standardField: node['x-tongban'].standardField } : undefined)}
                options={DIRECTORY_BINDINGS.map((b) => ({ value: b, label: b }))}
              />
            </Form.Item>
          </>
        )}
        {node.enum && (
          <Form.Item label={tx('选项', 'Options')}>
            <Space direction="vertical" style={{ width: '100%' }}>
              {options.map((o, i) => (
                <Space.Compact key={i} style={{ width: '100%' }}>
                  <Input value={o.label} onChange={(e) => set('enum', options.map((x, j) => (j === i ? { ...x, label: e.target.value } : x)))} />
                  <Input value={String(o.value)} onChange={(e) => set('enum', options.map((x, j) => (j === i ? { ...x, value: e.target.value } : x)))} />
                  <Button danger onClick={() => set('enum', options.filter((_, j) => j !== i))}>
                    ×
                  </Button>
                </Space.Compact>
              ))}
              <Button size="small" type="dashed" onClick={() => set('enum', [...options, { label: `选项${options.length + 1}`, value: `o${options.length + 1}` }])}>
                {tx('添加选项', 'Add option')}
              </Button>
            </Space>
          </Form.Item>
        )}
        <Form.Item label={tx('说明', 'Description')}>
          <Input.TextArea rows={2} value={node.description} onChange={(e) => set('description', e.target.value)} />
        </Form.Item>
      </Form>
      <Collapse size="small" items={[{ key: 'l', label: tx('联动规则', 'Linkage rules'), children: <LinkageEditor node={node} fields={fields.filter((f) => f.name !== name)} onChange={(r) => set('x-reactions', r)} /> }]} />
    </div>
  )
}
