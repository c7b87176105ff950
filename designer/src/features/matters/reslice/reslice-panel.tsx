import { Alert, Button, Checkbox, Divider, Form, Input, Select, Typography } from 'antd'
import type { MatterBundle } from '@tongban/schemas'
import { useState } from 'react'
import { useNavigate } from 'react-router-dom'
import { useI18n } from '../../../shared/i18n'
import { useAsync } from '../../../shared/hooks/use-async'
import { useApi } from '../../../shared/ui/api-context'
import { mergeBundles, splitBundle, splitInTwo } from './reslice'

interface Target {
  code: string
  name: string
}

/** The split form: the new matter, and the second one when the rest becomes a matter too. */
interface SplitTargets extends Target {
  code2?: string
  name2?: string
}

/**
 * 拆分 / 合并: new draft matters from part of this one (or two: the chosen fields and the rest), or
 * from this one followed by another.
 */
export function ReslicePanel({ bundle, offline }: { bundle: MatterBundle; offline: boolean }) {
  const api = useApi()
  const { tx } = useI18n()
  const navigate = useNavigate()
  const keys = Object.keys(bundle.form.schema.properties ?? {})
  const [keep, setKeep] = useState<string[]>(keys)
  const [other, setOther] = useState<string>()
  const [inTwo, setInTwo] = useState(false)
  const [error, setError] = useState<string>()
  const list = useAsync(() => (offline ? Promise.resolve({ items: [] }) : api.matters.list({ limit: 200 })), [api, offline])
  const newMatter = (t: Target) => {
    const { variantOf: _standard, ...rest } = bundle.matter
    return { ...rest, id: `m-${t.code.toLowerCase()}`, code: t.code, name: t.name }
  }
  /** Create the new matters in order and open the first. */
  const create = async (...bundles: MatterBundle[]) => {
    setError(undefined)
    try {
      const rows = []
      for (const b of bundles) rows.push(await api.matters.create(b))
      navigate(`/matters/${encodeURIComponent(rows[0]!.id)}`)
    } catch (e) {
      setError((e as Error).message)
    }
  }
  const split = (t: SplitTargets) =>
    inTwo && t.code2 && t.name2
      ? create(...splitInTwo(bundle, keep, newMatter(t), newMatter({ code: t.code2, name: t.name2 })))
      : create(splitBundle(bundle, keep, newMatter(t)))
  const targetFields = (
    <>
      <Form.Item name="code" rules={[{ required: true, pattern: /^[A-Z0-9][A-Z0-9-]{1,39}$/ }]}>
        <Input placeholder={tx('新事项编码', 'New matter code')} />
      </Form.Item>
      <Form.Item name="name" rules={[{ required: true }]}>
        <Input placeholder={tx('新事项名称', 'New matter name')} />
      </Form.Item>
    </>
  )
  return (
    <div data-testid="reslice-panel">
      <Typography.Paragraph type="secondary">
        {tx('拆分（为一个或两个事项）与合并都生成新的草稿事项；原事项、其历史版本和在办件都不受影响。', 'Splitting (into one or two matters) and merging create new draft matters; the old matters, their versions and cases stay as they are.')}
      </Typography.Paragraph>
      {offline && <Alert type="info" showIcon message={tx('需要连接服务器', 'Needs the server')} />}
      <Divider orientation="left">{tx('拆分', 'Split')}</Divider>
      <Checkbox.Group value={keep} onChange={(v) => setKeep(v as string[])} options={keys.map((k) => ({ value: k, label: bundle.form.schema.properties![k]!.title ?? k }))} />
      <Form layout="inline" style={{ marginTop: 8 }} onFinish={split} data-testid="split-form">
        {targetFields}
        {inTwo && (
          <>
            <Form.Item name="code2" rules={[{ required: true, pattern: /^[A-Z0-9][A-Z0-9-]{1,39}$/ }]}>
              <Input placeholder={tx('第二个事项编码', 'Second matter code')} />
            </Form.Item>
            <Form.Item name="name2" rules={[{ required: true }]}>
              <Input placeholder={tx('第二个事项名称', 'Second matter name')} />
            </Form.Item>
          </>
        )}
        <Checkbox checked={inTwo} onChange={(e) => setInTwo(e.target.checked)} style={{ alignSelf: 'center', marginRight: 8 }}>
          {tx('其余字段另成一个事项', 'The rest as a second matter')}
        </Checkbox>
        <Button htmlType="submit" disabled={offline || !keep.length}>
          {inTwo ? tx('拆分为两个新事项', 'Split into two new matters') : tx('拆分为新事项', 'Split into a new matter')}
        </Button>
      </Form>
      <Divider orientation="left">{tx('合并', 'Merge')}</Divider>
      <Select
        showSearch
        optionFilterProp="label"
        style={{ width: 320, marginBottom: 8 }}
        placeholder={tx('选择要接在后面的事项', 'The matter that follows')}
        value={other}
        onChange={setOther}
        options={(list.data?.items ?? []).filter((m) => m.id !== bundle.matter.id).map((m) => ({ value: m.id, label: `${m.code} ${m.name}` }))}
      />
      <Form
        layout="inline"
        onFinish={async (t: Target) => {
          if (!other) return
          const d = await api.matters.get(other)
          const b = d.draft ?? d.published
          if (b) await create(mergeBundles(bundle, b, newMatter(t)))
        }}
      >
        {targetFields}
        <Button htmlType="submit" disabled={offline || !other}>
          {tx('合并为新事项', 'Merge into a new matter')}
        </Button>
      </Form>
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 8 }} />}
    </div>
  )
}
