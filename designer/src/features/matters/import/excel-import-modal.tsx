import { Alert, Button, Modal, Progress, Space, Table, Typography, Upload } from 'antd'
import { useState } from 'react'
import { useI18n } from '../../../shared/i18n'
import { useApi } from '../../../shared/ui/api-context'
import { newBundle } from '../model/new-bundle'
import { COLUMNS, newMatterFrom, parseMatterRows, type ParsedRow } from './matter-rows'
import { readSheet } from './read-sheet'
import { sheetTemplate } from './sheet-template'
import { downloadBlob } from '../../../shared/ui/download'

interface RowResult {
  row: number
  code: string
  status: 'ok' | 'error' | 'pending'
  message: string
}

/**
 * Bulk import of standard elements from Excel: each row updates the matter with that code (its
 * draft) or creates a new matter; a progress bar and one line per row say what happened.
 */
export function ExcelImportModal({ open, onClose }: { open: boolean; onClose(changed: boolean): void }) {
  const api = useApi()
  const { tx } = useI18n()
  const [results, setResults] = useState<RowResult[]>([])
  const [done, setDone] = useState(0)
  const [total, setTotal] = useState(0)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()

  const importRow = async (p: ParsedRow): Promise<RowResult> => {
    const code = p.elements?.code ?? ''
    if (!p.elements) return { row: p.row, code, status: 'error', message: p.errors.join('；') }
    const e = p.elements
    const found = await api.matters.list({ code: e.code, region: e.regionId, limit: 1 })
    const existing = found.items[0]
    if (existing) {
      const detail = await api.matters.get(existing.id)
      const draft = detail.draft ?? detail.published
      if (!draft) throw new Error('no draft')
      await api.matters.saveDraft(existing.id, { ...draft, matter: { ...draft.matter, ...e } }, detail.draftRevision)
      return { row: p.row, code, status: 'ok', message: tx('已更新草稿', 'draft updated') }
    }
    const { matter, issues } = newMatterFrom(e)
    if (!matter) return { row: p.row, code, status: 'error', message: issues.map((i) => `${i.path} ${i.message}`).join('；') }
    await api.matters.create(newBundle(matter))
    return { row: p.row, code, status: 'ok', message: tx('已新建', 'created') }
  }

  const onFile = async (file: File) => {
    setError(undefined)
    setBusy(true)
    setResults([])
    setDone(0)
    try {
      const parsed = parseMatterRows(await readSheet(file))
      setTotal(parsed.length)
      const out: RowResult[] = []
      for (const p of parsed) {
        let r: RowResult
        try {
          r = await importRow(p)
        } catch (err) {
          r = { row: p.row, code: p.elements?.code ?? '', status: 'error', message: (err as Error).message }
        }
        out.push(r)
        setResults([...out])
        setDone(out.length)
      }
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setBusy(false)
    }
    return false
  }

  const failed = results.filter((r) => r.status === 'error').length
  return (
    <Modal open={open} width={820} title={tx('从 Excel 批量导入标准要素', 'Import standard elements from Excel')} onCancel={() => onClose(results.some((r) => r.status === 'ok'))} footer={null}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {tx('第一行为表头：', 'Header row: ')}
        {Object.values(COLUMNS)
          .map((c) => c[0])
          .join('、')}
        {tx('。多项用分号分隔；材料名后加 * 表示必交。', '. Separate lists with ";"; a material ending in * is required.')}
      </Typography.Paragraph>
      <Space>
        <Upload accept=".xlsx" showUploadList={false} beforeUpload={onFile} disabled={busy}>
          <Button type="primary" loading={busy} data-testid="excel-upload">
            {tx('选择 .xlsx 文件', 'Choose an .xlsx file')}
          </Button>
        </Upload>
        <Button onClick={async () => downloadBlob('事项导入模板.xlsx', await sheetTemplate())}>{tx('下载模板', 'Download the template')}</Button>
      </Space>
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} />}
      {total > 0 && <Progress percent={Math.round((done / total) * 100)} status={busy ? 'active' : failed ? 'exception' : 'success'} style={{ marginTop: 12 }} data-testid="excel-progress" />}
      {results.length > 0 && (
        <>
          <Typography.Text>
            {tx(`成功 ${results.length - failed} 行，失败 ${failed} 行`, `${results.length - failed} rows imported, ${failed} failed`)}
          </Typography.Text>
          <Table
            size="small"
            rowKey="row"
            dataSource={results}
            pagination={{ pageSize: 10 }}
            columns={[
              { title: tx('行', 'Row'), dataIndex: 'row', width: 60 },
              { title: tx('编码', 'Code'), dataIndex: 'code', width: 140 },
              { title: tx('结果', 'Result'), dataIndex: 'message', render: (m: string, r) => <Typography.Text type={r.status === 'error' ? 'danger' : 'success'}>{m}</Typography.Text> },
            ]}
          />
        </>
      )}
    </Modal>
  )
}
