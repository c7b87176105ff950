import { Alert, Button, Modal, Space, Steps, Table, Tag, Typography, Upload } from 'antd'
import { useEffect, useState } from 'react'
import type { CalendarDay, CalendarYearUpdate, FieldError } from '../../../api'
import { pickMessage, useI18n } from '../../../shared/i18n'
import { fieldErrorsOf } from '../model/edit-days'
import { diffYear, type YearDiff } from '../model/diff-year'
import { rowErrorsFromApi, type RowError } from '../model/import-rows'

interface Preview {
  file: File
  days: CalendarDay[]
  diff: YearDiff
  errors: RowError[]
}

interface Props {
  open: boolean
  year: string
  current: readonly CalendarDay[]
  /** The server reads and checks the file as its import would, changing nothing. */
  previewFile(file: Blob): Promise<{ days: Array<CalendarDay & { row: number }>; errors: FieldError[] }>
  importFile(file: Blob): Promise<CalendarYearUpdate>
  onTemplate(): void
  onDone(result: CalendarYearUpdate): void
  onClose(): void
}

/**
 * Excel import of one year: upload → the server's preview of what changes (the file replaces the
 * whole year) with every bad row, by the import's own rules → confirm. The server checks again on
 * confirm; its row errors show the same way.
 */
export function CalendarImportModal(props: Props) {
  const { tx, locale } = useI18n()
  const [preview, setPreview] = useState<Preview>()
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string>()
  useEffect(() => {
    if (props.open) return
    setPreview(undefined)
    setFailure(undefined)
  }, [props.open])

  const onFile = async (file: File) => {
    setBusy(true)
    setFailure(undefined)
    try {
      const read = await props.previewFile(file)
      const days = read.days.map(({ row: _row, ...day }) => day)
      setPreview({ file, days, diff: diffYear(props.current, days), errors: rowErrorsFromApi(read.errors) })
    } catch (err) {
      // An unreadable file is a 400 without row errors: say so, keep the last preview away.
      setPreview(undefined)
      const rows = rowErrorsFromApi(fieldErrorsOf(err))
      setFailure(rows.length ? rows.map((r) => pickMessage(locale, r)).join('；') : (err as Error).message)
    } finally {
      setBusy(false)
    }
    return false
  }

  const confirm = async () => {
    if (!preview) return
    setBusy(true)
    setFailure(undefined)
    try {
      props.onDone(await props.importFile(preview.file))
    } catch (err) {
      const rows = rowErrorsFromApi(fieldErrorsOf(err))
      if (rows.length) setPreview({ ...preview, errors: rows })
      else setFailure((err as Error).message)
    } finally {
      setBusy(false)
    }
  }

  const diff = preview?.diff
  const changes: Array<{
    key: string
    op: 'add' | 'change' | 'remove'
    day: CalendarDay
    before?: CalendarDay
  }> = diff
    ? [
        ...diff.added.map((d) => ({ key: `+${d.date}`, op: 'add' as const, day: d })),
        ...diff.changed.map((c) => ({
          key: `~${c.after.date}`,
          op: 'change' as const,
          day: c.after,
          before: c.before,
        })),
        ...diff.removed.map((d) => ({ key: `-${d.date}`, op: 'remove' as const, day: d })),
      ]
    : []
  const kindText = (d: CalendarDay) => (d.kind === 'holiday' ? tx('休', 'off') : tx('班', 'work'))
  const hasErrors = !!preview && preview.errors.length > 0
  return (
    <Modal
      open={props.open}
      width={820}
      title={tx(`从 Excel 导入 ${props.year} 年`, `Import ${props.year} from Excel`)}
      onCancel={props.onClose}
      footer={
        <Space>
          <Button onClick={props.onClose}>{tx('取消', 'Cancel')}</Button>
          <Button
            type="primary"
            disabled={!preview || hasErrors}
            loading={busy && !!preview}
            onClick={() => void confirm()}
            data-testid="import-confirm"
          >
            {tx('确认导入', 'Import')}
          </Button>
        </Space>
      }
    >
      <Steps
        size="small"
        current={preview ? (hasErrors ? 1 : 2) : 0}
        status={hasErrors ? 'error' : 'process'}
        style={{ marginBottom: 16 }}
        items={[
          { title: tx('上传', 'Upload') },
          { title: tx('预览', 'Preview') },
          { title: tx('确认', 'Confirm') },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {tx(
          '第一行为表头：日期、类型（休 或 班）、名称。文件将替换本年的全部节假日与调休上班日；导出的文件即为模板。',
          'Header row: 日期 (date), 类型 (type: 休 or 班), 名称 (name). The file replaces every holiday and make-up day of the year; an export is the template.',
        )}
      </Typography.Paragraph>
      <Space>
        <Upload accept=".xlsx" showUploadList={false} beforeUpload={onFile} disabled={busy}>
          <Button
            type={preview ? 'default' : 'primary'}
            loading={busy && !preview}
            data-testid="calendar-upload"
          >
            {preview
              ? tx('重新选择文件', 'Choose another file')
              : tx('选择 .xlsx 文件', 'Choose an .xlsx file')}
          </Button>
        </Upload>
        <Button onClick={props.onTemplate}>{tx('下载模板（当前数据）', 'Template (current data)')}</Button>
        {preview && <Typography.Text type="secondary">{preview.file.name}</Typography.Text>}
      </Space>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginTop: 12 }} />}
      {preview && hasErrors && (
        <div data-testid="import-errors" style={{ marginTop: 12 }}>
          <Alert
            type="error"
            showIcon
            message={tx(
              `${preview.errors.length} 行有错误，请修改后重新上传；本年未做任何改动`,
              `${preview.errors.length} rows have errors: fix them and upload again; nothing was changed`,
            )}
          />
          <Table
            size="small"
            rowKey={(e) => `${e.row}-${e.column}-${e.message}`}
            dataSource={preview.errors}
            pagination={false}
            columns={[
              { title: tx('行', 'Row'), dataIndex: 'row', width: 60, render: (r: number) => r || '—' },
              {
                title: tx('列', 'Column'),
                dataIndex: 'column',
                width: 80,
                render: (c: RowError['column']) =>
                  ({ date: tx('日期', 'Date'), type: tx('类型', 'Type'), file: '—' })[c],
              },
              {
                title: tx('问题', 'Problem'),
                render: (_, e) => <Typography.Text type="danger">{pickMessage(locale, e)}</Typography.Text>,
              },
            ]}
          />
        </div>
      )}
      {diff && (
        <div data-testid="import-preview" style={{ marginTop: 12 }}>
          <Typography.Text strong>
            {tx(
              `新增 ${diff.added.length}，修改 ${diff.changed.length}，删除 ${diff.removed.length}，不变 ${diff.unchanged}`,
              `${diff.added.length} added, ${diff.changed.length} changed, ${diff.removed.length} removed, ${diff.unchanged} unchanged`,
            )}
          </Typography.Text>
          {diff.removed.length > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginTop: 8 }}
              message={tx(
                `本年现有的 ${diff.removed.length} 个日期不在文件中，确认后将被删除`,
                `${diff.removed.length} current dates are not in the file and will be removed`,
              )}
            />
          )}
          <Table
            size="small"
            style={{ marginTop: 8 }}
            rowKey="key"
            dataSource={changes}
            pagination={{ pageSize: 8, size: 'small', hideOnSinglePage: true }}
            locale={{ emptyText: tx('与当前数据相同', 'Same as the current data') }}
            columns={[
              {
                title: '',
                dataIndex: 'op',
                width: 72,
                render: (op: 'add' | 'change' | 'remove') =>
                  ({
                    add: <Tag color="green">{tx('新增', 'Add')}</Tag>,
                    change: <Tag color="gold">{tx('修改', 'Change')}</Tag>,
                    remove: <Tag color="red">{tx('删除', 'Remove')}</Tag>,
                  })[op],
              },
              { title: tx('日期', 'Date'), render: (_, c) => c.day.date, width: 120 },
              {
                title: tx('类型 · 名称', 'Type · name'),
                render: (_, c) => (
                  <span>
                    {c.before ? `${kindText(c.before)} ${c.before.name ?? ''} → ` : ''}
                    {kindText(c.day)} {c.day.name ?? ''}
                  </span>
                ),
              },
            ]}
          />
        </div>
      )}
    </Modal>
  )
}
