import { Alert, Button, Input, Select, Space, Steps, Tag, Typography } from 'antd'
import { previewPath, type PreviewResult } from '@tongban/flow-engine'
import type { MatterBundle, WorkingCalendar } from '@tongban/schemas'
import { useMemo, useState } from 'react'
import { useI18n } from '../../../shared/i18n'
import { useDirectory } from '../panels/directory/use-directory'
import { directoryPort } from './directory-port'
import { sampleData } from './sample-data'

/** Weekends only: enough to preview paths (deadlines are not shown here). */
const PREVIEW_CALENDAR: WorkingCalendar = { id: 'preview', name: '预览', weekend: [0, 6], timeZone: 'Asia/Shanghai', years: {} }

/**
 * 流程预测: enter sample form data, pick an applicant, and see the path and approvers the engine's
 * own `previewPath` computes (the same code that runs cases).
 */
export function PreviewPanel({ bundle }: { bundle: MatterBundle }) {
  const { tx } = useI18n()
  const dir = useDirectory()
  const [text, setText] = useState(() => JSON.stringify(sampleData(bundle.form), null, 2))
  const [applicantId, setApplicantId] = useState<string>()
  const [result, setResult] = useState<PreviewResult>()
  const [error, setError] = useState<string>()
  const names = useMemo(() => new Map(dir?.doc.people.map((p) => [p.id, p.name])), [dir])
  const run = () => {
    setError(undefined)
    setResult(undefined)
    if (!dir) return
    let data: Record<string, unknown>
    try {
      data = JSON.parse(text) as Record<string, unknown>
    } catch (e) {
      return setError(tx('样例数据不是有效的 JSON：', 'Sample data is not valid JSON: ') + (e as Error).message)
    }
    const port = directoryPort(dir.doc)
    const id = applicantId ?? dir.doc.people[0]?.id ?? 'applicant'
    try {
      setResult(previewPath(bundle, { applicant: { id, orgId: port.primaryOrgId(id) ?? bundle.matter.acceptingOrgId }, data }, { now: new Date().toISOString(), directory: port, calendar: PREVIEW_CALENDAR }))
    } catch (e) {
      setError(tx('引擎无法预测：', 'The engine could not preview: ') + (e as Error).message)
    }
  }
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="preview-panel">
      <Typography.Text type="secondary">{tx('样例表单数据（JSON）', 'Sample form data (JSON)')}</Typography.Text>
      <Input.TextArea rows={6} value={text} onChange={(e) => setText(e.target.value)} style={{ fontFamily: 'monospace', fontSize: 12 }} data-testid="preview-data" />
      <Select
        showSearch
        optionFilterProp="label"
        placeholder={tx('申请人', 'Applicant')}
        value={applicantId}
        onChange={setApplicantId}
        style={{ width: '100%' }}
        options={dir?.doc.people.map((p) => ({ value: p.id, label: `${p.name}（${p.username}）` }))}
      />
      <Button type="primary" onClick={run} disabled={!dir} data-testid="preview-run">
        {tx('预测流程', 'Preview the path')}
      </Button>
      {error && <Alert type="error" showIcon message={error} />}
      {result?.error && <Alert type="error" showIcon message={`${result.error.message}`} />}
      {result && (
        <>
          <Typography.Text>
            {tx('结果：', 'Outcome: ')}
            <Tag>{result.outcome}</Tag>
          </Typography.Text>
          <Steps
            direction="vertical"
            size="small"
            current={result.steps.length}
            items={result.steps.map((s) => ({
              title: s.nodeName,
              description: [s.assignees.map((a) => names.get(a) ?? a).join('、'), s.mode, s.note].filter(Boolean).join(' · '),
            }))}
          />
        </>
      )}
    </Space>
  )
}
