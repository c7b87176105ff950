import { App, Button, Input, Select, Space, Table, Tag, Upload } from 'antd'
import { useState } from 'react'
import { Link } from 'react-router-dom'
import type { MatterSummary, Page } from '../../api'
import { SAMPLE_BUNDLES } from '../../fixtures'
import { useI18n } from '../../shared/i18n'
import { useAsync } from '../../shared/hooks/use-async'
import { useApi } from '../../shared/ui/api-context'
import { AsyncView } from '../../shared/ui/async-view'
import { ExcelImportModal } from './import/excel-import-modal'
import { readBundleFile } from './import/read-json-file'
import { NewMatterModal } from './new-matter-modal'

const STATUS_COLOR = { draft: 'default', published: 'green', retired: 'red' } as const

/** 事项库: search and filter the catalog; open a matter's form or flow designer. */
export function MatterListPage() {
  const api = useApi()
  const { tx } = useI18n()
  const [q, setQ] = useState('')
  const [status, setStatus] = useState<MatterSummary['status']>()
  const [category, setCategory] = useState<string>()
  const [department, setDepartment] = useState<string>()
  const [region, setRegion] = useState<string>()
  const [modal, setModal] = useState<'new' | 'excel'>()
  const { message } = App.useApp()
  const importJson = async (file: File) => {
    const { bundle, issues, error } = await readBundleFile(file)
    if (!bundle) message.error(error ?? issues.slice(0, 3).map((i) => `${i.path} ${i.message}`).join('；'))
    else
      await api.matters.import(bundle).then(
        (r) => (message.success(`${r.id} ${r.created ? '已新建 / created' : '草稿已替换 / draft replaced'}`), state.reload()),
        (e: Error) => message.error(e.message),
      )
    return false
  }
  const state = useAsync<Page<MatterSummary>>(
    () =>
      api.matters.list({ q: q || undefined, status, category, department, region, limit: 200 }).catch((err: { unavailable?: boolean }) => {
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
    [api, q, status, category, department, region],
  )
  return (
    <div style={{ padding: 24 }} data-testid="matter-list">
      <Space style={{ marginBottom: 16 }}>
        <Input.Search allowClear placeholder={tx('名称或编码', 'Name or code')} onSearch={setQ} style={{ width: 260 }} />
        <Input allowClear placeholder={tx('类别', 'Category')} style={{ width: 120 }} onBlur={(e) => setCategory(e.target.value || undefined)} />
        <Input allowClear placeholder={tx('受理单位 id', 'Department id')} style={{ width: 140 }} onBlur={(e) => setDepartment(e.target.value || undefined)} />
        <Input allowClear placeholder={tx('地区 id', 'Region id')} style={{ width: 110 }} onBlur={(e) => setRegion(e.target.value || undefined)} />
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
        <Button type="primary" onClick={() => setModal('new')} data-testid="new-matter">
          {tx('新建事项', 'New matter')}
        </Button>
        <Upload accept=".json" showUploadList={false} beforeUpload={importJson}>
          <Button>{tx('导入 JSON', 'Import JSON')}</Button>
        </Upload>
        <Button onClick={() => setModal('excel')}>{tx('Excel 批量导入', 'Excel import')}</Button>
      </Space>
      <NewMatterModal open={modal === 'new'} onClose={() => setModal(undefined)} />
      <ExcelImportModal open={modal === 'excel'} onClose={(changed) => (setModal(undefined), changed && state.reload())} />
      <AsyncView state={state} isEmpty={(p) => p.items.length === 0}>
        {(page) => (
          <Table
            rowKey="id"
            size="small"
            dataSource={page.items}
            pagination={{ pageSize: 20 }}
            columns={[
              { title: tx('编码', 'Code'), dataIndex: 'code' },
              { title: tx('名称', 'Name'), dataIndex: 'name', render: (n: string, m) => <Link to={`/matters/${encodeURIComponent(m.id)}`}>{n}</Link> },
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
