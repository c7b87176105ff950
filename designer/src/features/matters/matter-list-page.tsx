import { Input, Select, Space, Table, Tag } from 'antd'
import { useState } from 'react'
import { Link } from 'react-router-dom'
import type { MatterSummary, Page } from '../../api'
import { SAMPLE_BUNDLES } from '../../fixtures'
import { useI18n } from '../../shared/i18n'
import { useAsync } from '../../shared/hooks/use-async'
import { useApi } from '../../shared/ui/api-context'
import { AsyncView } from '../../shared/ui/async-view'

const STATUS_COLOR = { draft: 'default', published: 'green', retired: 'red' } as const

/** 事项库: search and filter the catalog; open a matter's form or flow designer. */
export function MatterListPage() {
  const api = useApi()
  const { tx } = useI18n()
  const [q, setQ] = useState('')
  const [status, setStatus] = useState<MatterSummary['status']>()
  const state = useAsync<Page<MatterSummary>>(
    () =>
      api.matters.list({ q: q || undefined, status, limit: 100 }).catch((err: { unavailable?: boolean }) => {
        if (!err.unavailable) throw err
        const items = SAMPLE_BUNDLES.map((b) => ({
          ...b.matter,
          currentVersion: b.version,
          variantOf: b.matter.variantOf ?? null,
          draftRevision: 0,
          draftDirty: false,
          updatedAt: '',
          updatedBy: null,
        }))
        return { items: items.filter((m) => (!q || m.name.includes(q) || m.code.includes(q)) && (!status || m.status === status)) }
      }),
    [api, q, status],
  )
  return (
    <div style={{ padding: 24 }} data-testid="matter-list">
      <Space style={{ marginBottom: 16 }}>
        <Input.Search allowClear placeholder={tx('名称或编码', 'Name or code')} onSearch={setQ} style={{ width: 260 }} />
        <Select
          allowClear
          placeholder={tx('状态', 'Status')}
          value={status}
          onChange={setStatus}
          style={{ width: 140 }}
          options={[
            { value: 'draft', label: tx('草稿', 'Draft') },
            { value: 'published', label: tx('已发布', 'Published') },
            { value: 'retired', label: tx('已停用', 'Retired') },
          ]}
        />
      </Space>
      <AsyncView state={state} isEmpty={(p) => p.items.length === 0}>
        {(page) => (
          <Table
            rowKey="id"
            size="small"
            dataSource={page.items}
            pagination={{ pageSize: 20 }}
            columns={[
              { title: tx('编码', 'Code'), dataIndex: 'code' },
              { title: tx('名称', 'Name'), dataIndex: 'name' },
              { title: tx('类别', 'Category'), dataIndex: 'category' },
              { title: tx('地区', 'Region'), dataIndex: 'regionId' },
              { title: tx('状态', 'Status'), dataIndex: 'status', render: (s: MatterSummary['status']) => <Tag color={STATUS_COLOR[s]}>{s}</Tag> },
              { title: tx('版本', 'Version'), dataIndex: 'currentVersion' },
              {
                title: '',
                render: (_, m) => (
                  <Space>
                    <Link to={`/matters/${encodeURIComponent(m.id)}/form`}>{tx('表单', 'Form')}</Link>
                    <Link to={`/matters/${encodeURIComponent(m.id)}/flow`}>{tx('流程', 'Flow')}</Link>
                  </Space>
                ),
              },
            ]}
          />
        )}
      </AsyncView>
    </div>
  )
}
