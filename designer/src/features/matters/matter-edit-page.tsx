import { App, Button, Space, Table, Tabs, Tag, Tooltip, Typography } from 'antd'
import type { MatterBundle } from '@tongban/schemas'
import { useState } from 'react'
import { Link, useParams } from 'react-router-dom'
import { useCommandStack } from '../../shared/command-stack'
import { useI18n } from '../../shared/i18n'
import { useAsync } from '../../shared/hooks/use-async'
import { useApi } from '../../shared/ui/api-context'
import { AsyncView } from '../../shared/ui/async-view'
import { downloadText } from '../../shared/ui/download'
import { StandardElementsForm } from './edit/standard-elements-form'
import { updateMatter } from './model/update-matter'
import { PublishPanel } from './publish/publish-panel'
import { ReslicePanel } from './reslice/reslice-panel'
import { useMatterDraft, type LoadedDraft } from './use-matter-draft'
import { VariantsPanel } from './variants/variants-panel'

/** Route `/matters/:id`: standard elements, publish gate, variants, versions, export. */
export function MatterEditPage() {
  const { id = '' } = useParams()
  const draft = useMatterDraft(id)
  return <AsyncView state={draft}>{(d) => <Loaded key={id} draft={d} save={draft.save} />}</AsyncView>
}

function Loaded({ draft, save }: { draft: LoadedDraft; save(b: MatterBundle): Promise<boolean> }) {
  const api = useApi()
  const { tx, t } = useI18n()
  const { message } = App.useApp()
  const { stack, state } = useCommandStack(draft.bundle)
  const [saving, setSaving] = useState(false)
  const m = state.matter
  const doSave = async () => {
    setSaving(true)
    try {
      const saved = await save(state)
      message.success(saved ? '已保存 / Saved' : '离线模式：未保存到服务器 / Offline: not saved')
    } catch (e) {
      message.error((e as Error).message)
    } finally {
      setSaving(false)
    }
  }
  return (
    <div style={{ padding: 16 }} data-testid="matter-edit">
      <Space style={{ marginBottom: 8 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {m.name} <Tag>{m.code}</Tag> <Tag color={m.status === 'published' ? 'green' : 'default'}>{m.status}</Tag>
        </Typography.Title>
        <Tooltip title={stack.undoLabel}>
          <Button size="small" disabled={!stack.canUndo} onClick={() => stack.undo()}>
            {t('common.undo')}
          </Button>
        </Tooltip>
        <Button size="small" disabled={!stack.canRedo} onClick={() => stack.redo()}>
          {t('common.redo')}
        </Button>
        <Button size="small" type="primary" loading={saving} onClick={doSave} data-testid="save">
          {t('common.save')}
        </Button>
        <Link to="form">{tx('设计表单', 'Design the form')}</Link>
        <Link to="flow">{tx('设计流程', 'Design the flow')}</Link>
        <Button size="small" onClick={() => downloadText(`${m.code}-draft.json`, JSON.stringify(state, null, 2))} data-testid="export-json">
          {tx('导出 JSON', 'Export JSON')}
        </Button>
      </Space>
      <Tabs
        items={[
          { key: 'elements', label: tx('标准要素', 'Standard elements'), children: <StandardElementsForm matter={m} onChange={(next, field) => stack.execute(updateMatter(next, field))} /> },
          {
            key: 'publish',
            label: tx('发布', 'Publish'),
            children: (
              <PublishPanel
                draft={state}
                published={draft.published}
                serverCheck={draft.offline ? undefined : async () => (await api.matters.validate(m.id)).issues}
                onPublish={
                  draft.offline
                    ? undefined
                    : async (notes) => {
                        await save(state)
                        return (await api.matters.publish(m.id, notes || undefined)).version
                      }
                }
              />
            ),
          },
          { key: 'variants', label: tx('地区变体', 'Regional variants'), children: <VariantsPanel bundle={state} offline={draft.offline} /> },
          { key: 'reslice', label: tx('拆分 / 合并', 'Split / merge'), children: <ReslicePanel bundle={state} offline={draft.offline} /> },
          { key: 'versions', label: tx('版本历史', 'Versions'), children: draft.offline ? null : <Versions id={m.id} /> },
        ]}
      />
    </div>
  )
}

function Versions({ id }: { id: string }) {
  const api = useApi()
  const { tx } = useI18n()
  const versions = useAsync(() => api.matters.versions(id), [api, id])
  return (
    <AsyncView state={versions} isEmpty={(p) => p.items.length === 0} emptyText={tx('尚未发布', 'Not published yet')}>
      {(p) => (
        <Table
          size="small"
          rowKey="version"
          dataSource={p.items}
          pagination={false}
          columns={[
            { title: tx('版本', 'Version'), dataIndex: 'version', render: (v: number) => `v${v}` },
            { title: tx('发布时间', 'Published'), dataIndex: 'publishedAt' },
            { title: tx('发布人', 'By'), dataIndex: 'publishedBy' },
            { title: tx('说明', 'Notes'), dataIndex: 'notes' },
            {
              title: '',
              render: (_, v) => (
                <Button size="small" onClick={async () => downloadText(`${id}-v${v.version}.json`, JSON.stringify(await api.matters.export(id, v.version), null, 2))}>
                  {tx('导出', 'Export')}
                </Button>
              ),
            },
          ]}
        />
      )}
    </AsyncView>
  )
}
