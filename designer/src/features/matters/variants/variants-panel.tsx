import { Alert, Button, Form, Input, List, Space, Typography } from 'antd'
import type { MatterBundle } from '@tongban/schemas'
import { useState } from 'react'
import { Link } from 'react-router-dom'
import { useI18n } from '../../../shared/i18n'
import { useAsync } from '../../../shared/hooks/use-async'
import { useApi } from '../../../shared/ui/api-context'
import { AsyncView } from '../../../shared/ui/async-view'
import { OrgSelect } from '../../flow-designer/panels/directory/directory-select'
import { diffBundles } from '../diff/bundle-diff'
import { DiffView } from '../publish/diff-view'

/**
 * 地区变体: a standard matter lists its county variants and creates new ones; a variant shows its
 * differences from the standard it derives from.
 */
export function VariantsPanel({ bundle, offline }: { bundle: MatterBundle; offline: boolean }) {
  const { tx } = useI18n()
  const m = bundle.matter
  if (m.variantOf) return <VariantDiff bundle={bundle} standardId={m.variantOf} />
  if (offline) return <Alert type="info" showIcon message={tx('变体需要连接服务器', 'Variants need the server')} />
  return <VariantList bundle={bundle} />
}

function VariantDiff({ bundle, standardId }: { bundle: MatterBundle; standardId: string }) {
  const api = useApi()
  const { tx } = useI18n()
  const standard = useAsync(async () => {
    const d = await api.matters.get(standardId)
    const b = d.published ?? d.draft
    if (!b) throw new Error(standardId)
    return b
  }, [api, standardId])
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text>
        {tx('本事项是标准事项的地区变体：', 'This matter is a regional variant of ')}
        <Link to={`/matters/${encodeURIComponent(standardId)}`}>{standardId}</Link>
      </Typography.Text>
      <AsyncView state={standard}>{(s) => <DiffView diff={diffBundles(s, bundle)} />}</AsyncView>
    </Space>
  )
}

function VariantList({ bundle }: { bundle: MatterBundle }) {
  const api = useApi()
  const { tx } = useI18n()
  const m = bundle.matter
  const list = useAsync(() => api.matters.variants(m.id), [api, m.id])
  const [error, setError] = useState<string>()
  const [form] = Form.useForm<{ regionId: string; acceptingOrgId: string; code: string }>()
  const create = async (v: { regionId: string; acceptingOrgId: string; code: string }) => {
    setError(undefined)
    try {
      await api.matters.createVariant(m.id, { id: `m-${v.code.toLowerCase()}`, regionId: v.regionId, acceptingOrgId: v.acceptingOrgId, code: v.code })
      form.resetFields()
      list.reload()
    } catch (e) {
      setError((e as Error).message)
    }
  }
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <AsyncView state={list} isEmpty={(p) => p.items.length === 0} emptyText={tx('还没有地区变体', 'No regional variants yet')}>
        {(p) => (
          <List
            size="small"
            bordered
            dataSource={p.items}
            renderItem={(v) => (
              <List.Item>
                <Link to={`/matters/${encodeURIComponent(v.id)}`}>{v.code}</Link> {v.name} · {v.regionId} · {v.status}
              </List.Item>
            )}
          />
        )}
      </AsyncView>
      <Typography.Title level={5}>{tx('新建地区变体', 'New regional variant')}</Typography.Title>
      <Form form={form} layout="inline" onFinish={create}>
        <Form.Item name="code" rules={[{ required: true, pattern: /^[A-Z0-9][A-Z0-9-]{1,39}$/ }]}>
          <Input placeholder={tx('变体编码', 'Variant code')} />
        </Form.Item>
        <Form.Item name="regionId" rules={[{ required: true }]}>
          <Input placeholder={tx('地区 id', 'Region id')} />
        </Form.Item>
        <Form.Item name="acceptingOrgId" rules={[{ required: true }]} style={{ minWidth: 200 }}>
          <OrgSelect onChange={(v) => form.setFieldValue('acceptingOrgId', v)} placeholder={tx('受理单位', 'Accepting organisation')} />
        </Form.Item>
        <Button htmlType="submit" type="primary">
          {tx('创建', 'Create')}
        </Button>
      </Form>
      {error && <Alert type="error" showIcon message={error} />}
    </Space>
  )
}
