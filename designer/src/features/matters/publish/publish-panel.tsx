import { Alert, Button, Input, List, Space, Tag, Typography } from 'antd'
import { validateBundle, type Issue, type MatterBundle } from '@tongban/schemas'
import { useMemo, useState } from 'react'
import { pickMessage, useI18n } from '../../../shared/i18n'
import { diffBundles } from '../diff/bundle-diff'
import { DiffView } from './diff-view'

interface Props {
  draft: MatterBundle
  published: MatterBundle | null
  /** Server-side validation of the saved draft (absent offline). */
  serverCheck?: () => Promise<Issue[]>
  /** Save, then publish; resolves to the new version. */
  onPublish?: (notes: string) => Promise<number>
}

/**
 * 发布: every check must pass (the same validators the server runs), the diff against the current
 * published version is shown, and publishing freezes a new immutable version.
 */
export function PublishPanel({ draft, published, serverCheck, onPublish }: Props) {
  const { tx, locale } = useI18n()
  const [notes, setNotes] = useState('')
  const [serverIssues, setServerIssues] = useState<Issue[]>()
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<{ ok: boolean; text: string }>()
  const local = useMemo(() => validateBundle(draft), [draft])
  const issues = serverIssues ?? local
  const errors = issues.filter((i) => i.severity === 'error')
  const diff = useMemo(() => (published ? diffBundles(published, draft) : undefined), [published, draft])
  const run = async (fn: () => Promise<void>) => {
    setBusy(true)
    setResult(undefined)
    try {
      await fn()
    } catch (e) {
      setResult({ ok: false, text: (e as Error).message })
    } finally {
      setBusy(false)
    }
  }
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="publish-panel">
      <Typography.Title level={5}>{tx('发布检查', 'Publish gate')}</Typography.Title>
      {errors.length === 0 ? (
        <Alert type="success" showIcon message={tx('全部检查通过', 'All checks pass')} />
      ) : (
        <Alert type="error" showIcon message={tx(`${errors.length} 个错误，修正后才能发布`, `${errors.length} errors: fix them to publish`)} />
      )}
      {issues.length > 0 && (
        <List
          size="small"
          bordered
          dataSource={issues}
          style={{ maxHeight: 240, overflow: 'auto' }}
          renderItem={(i) => (
            <List.Item data-testid="publish-issue">
              <Tag color={i.severity === 'error' ? 'red' : 'orange'}>{i.path}</Tag>
              {pickMessage(locale, i)}
            </List.Item>
          )}
        />
      )}
      {serverCheck && (
        <Button size="small" loading={busy} onClick={() => run(async () => setServerIssues(await serverCheck()))}>
          {tx('在服务器上检查已保存的草稿', 'Check the saved draft on the server')}
        </Button>
      )}
      <Typography.Title level={5}>{published ? tx(`与当前发布版本 v${published.version} 的差异`, `Changes since v${published.version}`) : tx('首次发布', 'First publication')}</Typography.Title>
      {diff && <DiffView diff={diff} />}
      <Input.TextArea rows={2} maxLength={2000} placeholder={tx('发布说明', 'Release notes')} value={notes} onChange={(e) => setNotes(e.target.value)} />
      <Button
        type="primary"
        disabled={!onPublish || errors.length > 0}
        loading={busy}
        data-testid="publish"
        onClick={() =>
          run(async () => {
            // Publish once: both language variants of the message use the one resulting version.
            const version = await onPublish!(notes)
            setResult({ ok: true, text: tx(`已发布 v${version}；在办件继续使用原版本`, `Published v${version}; running cases keep theirs`) })
          })
        }
      >
        {tx('发布新版本', 'Publish a new version')}
      </Button>
      {!onPublish && <Typography.Text type="secondary">{tx('离线模式不能发布', 'Publishing needs the server')}</Typography.Text>}
      {result && <Alert type={result.ok ? 'success' : 'error'} showIcon message={result.text} />}
    </Space>
  )
}
