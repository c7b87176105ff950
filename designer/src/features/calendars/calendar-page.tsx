import { App, Breadcrumb, Button, Col, Descriptions, Row, Select, Space, Tooltip, Typography } from 'antd'
import { useCallback, useMemo, useState } from 'react'
import { Link, useParams, useSearchParams } from 'react-router-dom'
import type { CalendarDay, CalendarYearUpdate, RecomputeSummary } from '../../api'
import { pickMessage, useI18n } from '../../shared/i18n'
import { useApi } from '../../shared/ui/api-context'
import { AsyncView } from '../../shared/ui/async-view'
import { downloadBlob } from '../../shared/ui/download'
import { CalendarAccess, Forbidden, isForbidden } from './calendar-access'
import { DayFormModal, type SaveOutcome } from './days/day-form-modal'
import { DaysTable } from './days/days-table'
import { CalendarImportModal } from './import/import-modal'
import { errorsForDay, fieldErrorsOf, removeDay, saveDay } from './model/edit-days'
import { yearCounts, type GridDay } from './model/month-grid'
import { RecomputeNotice } from './recompute-notice'
import { useCalendarYear } from './use-calendar-year'
import { YearView } from './year-view/year-view'

type Target = { day: Partial<CalendarDay>; original?: string }

/** 工作日历 of one calendar: a year view, the year's adjusted days, edits, Excel import and export. */
export function CalendarPage() {
  return (
    <CalendarAccess>
      <CalendarYearScreen />
    </CalendarAccess>
  )
}

function CalendarYearScreen() {
  const { id = 'default' } = useParams()
  const [search, setSearch] = useSearchParams()
  const year = search.get('year') ?? String(new Date().getFullYear())
  const { tx, locale } = useI18n()
  const { message } = App.useApp()
  const { state, replace, importFile, previewFile, exportFile } = useCalendarYear(id, year)
  const [target, setTarget] = useState<Target>()
  const [importing, setImporting] = useState(false)
  const [busy, setBusy] = useState(false)
  const [notice, setNotice] = useState<{ result?: CalendarYearUpdate; recomputed: RecomputeSummary }>()
  const [focus, setFocus] = useState<string>()
  const data = state.status === 'ok' ? state.data : undefined
  const weekend = useMemo(() => data?.calendar.weekend ?? [0, 6], [data])
  const days = useMemo(() => data?.days ?? [], [data])

  const { reload } = state
  const done = useCallback(
    (r: CalendarYearUpdate) => {
      setNotice({ result: r, recomputed: r.recomputed })
      reload()
    },
    [reload],
  )

  const onSave = async (day: CalendarDay, original?: string): Promise<SaveOutcome | undefined> => {
    const edit = saveDay(days, day, original)
    try {
      done(await replace(edit.days))
      setFocus(day.date)
      return undefined
    } catch (err) {
      const fe = fieldErrorsOf(err)
      if (!fe.length)
        return { other: [{ message: (err as Error).message, messageEn: (err as Error).message }] }
      return errorsForDay(fe, edit.index)
    }
  }

  const onRemove = async (day: CalendarDay) => {
    setBusy(true)
    try {
      done(await replace(removeDay(days, day.date)))
    } catch (err) {
      const fe = fieldErrorsOf(err)
      message.error(
        fe.length
          ? fe
              .map((e) => pickMessage(locale, { message: e.message, messageEn: e.messageEn ?? e.message }))
              .join('；')
          : (err as Error).message,
      )
    } finally {
      setBusy(false)
    }
  }

  const api = useApi()
  const onRecompute = async () => {
    try {
      setNotice({ recomputed: await api.calendars.recompute(id) })
    } catch (err) {
      message.error((err as Error).message)
    }
  }

  const onExport = async () => {
    try {
      downloadBlob(`calendar-${id}-${year}.xlsx`, await exportFile())
    } catch (err) {
      message.error((err as Error).message)
    }
  }

  const onPick = useCallback(
    (d: GridDay) => {
      const listed = days.find((x) => x.date === d.date)
      setTarget(
        listed
          ? { day: listed, original: listed.date }
          : { day: { date: d.date, kind: d.kind === 'weekend' ? 'workday' : 'holiday' } },
      )
    },
    [days],
  )

  const years = useMemo(() => {
    const now = new Date().getFullYear()
    const all = new Set([...Object.keys(data?.calendar.years ?? {}), String(now), String(now + 1), year])
    return [...all].sort()
  }, [data, year])
  const counts = useMemo(() => yearCounts(Number(year), weekend, days), [year, weekend, days])

  return (
    <div style={{ padding: 24 }} data-testid="calendar-page">
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          { title: <Link to="/calendars">{tx('工作日历', 'Working calendars')}</Link> },
          { title: data?.calendar.name ?? id },
        ]}
      />
      <Space style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }} wrap>
        <Space>
          <Typography.Text>{tx('年份', 'Year')}</Typography.Text>
          <Select
            value={year}
            style={{ width: 110 }}
            data-testid="year-select"
            onChange={(y) => setSearch({ year: y })}
            options={years.map((y) => ({
              value: y,
              label: data?.calendar.years[y] ? y : `${y} ${tx('（未设置）', '(not set)')}`,
            }))}
          />
        </Space>
        <Space>
          <Button
            type="primary"
            onClick={() => setTarget({ day: { kind: 'holiday' } })}
            disabled={!data}
            data-testid="add-day"
          >
            {tx('添加日期', 'Add a day')}
          </Button>
          <Button onClick={() => setImporting(true)} disabled={!data} data-testid="import-open">
            {tx('Excel 导入', 'Import Excel')}
          </Button>
          <Button onClick={() => void onExport()} disabled={!data} data-testid="export">
            {tx('导出 Excel', 'Export Excel')}
          </Button>
          <Tooltip
            title={tx(
              '按当前日历重算使用此日历的在办件期限',
              'Recompute the deadlines of open cases on this calendar',
            )}
          >
            <Button onClick={() => void onRecompute()} disabled={!data} data-testid="recompute">
              {tx('重算期限', 'Recompute deadlines')}
            </Button>
          </Tooltip>
        </Space>
      </Space>
      {notice && (
        <RecomputeNotice
          calendarId={id}
          result={notice.result}
          recomputed={notice.recomputed}
          onClose={() => setNotice(undefined)}
        />
      )}
      {isForbidden(state.error) ? (
        <Forbidden
          text={tx(
            '服务器拒绝了访问（需要 directory:write 权限）',
            'The server refused access (directory:write is needed)',
          )}
        />
      ) : (
        <AsyncView state={state}>
          {({ calendar }) => (
            <>
              <Descriptions
                size="small"
                column={5}
                style={{ marginBottom: 12 }}
                items={[
                  { key: 'id', label: 'ID', children: calendar.id },
                  { key: 'tz', label: tx('时区', 'Time zone'), children: calendar.timeZone },
                  {
                    key: 'h',
                    label: tx('节假日', 'Holidays'),
                    children: <span data-testid="count-holidays">{counts.holidays}</span>,
                  },
                  {
                    key: 'm',
                    label: tx('调休上班', 'Make-up days'),
                    children: <span data-testid="count-makeups">{counts.makeups}</span>,
                  },
                  { key: 'w', label: tx('全年工作日', 'Working days'), children: counts.working },
                ]}
              />
              <Row gutter={16} wrap={false}>
                <Col flex="auto" style={{ minWidth: 0 }}>
                  <YearView year={Number(year)} weekend={calendar.weekend} days={days} onPick={onPick} />
                </Col>
                <Col flex="400px">
                  <DaysTable
                    days={days}
                    busy={busy}
                    focus={focus}
                    onEdit={(d) => setTarget({ day: d, original: d.date })}
                    onRemove={(d) => void onRemove(d)}
                  />
                </Col>
              </Row>
            </>
          )}
        </AsyncView>
      )}
      <DayFormModal
        target={target}
        year={Number(year)}
        onSave={onSave}
        onClose={() => setTarget(undefined)}
      />
      <CalendarImportModal
        open={importing}
        year={year}
        current={days}
        previewFile={previewFile}
        importFile={importFile}
        onTemplate={() => void onExport()}
        onDone={(r) => {
          setImporting(false)
          done(r)
          message.success(tx('导入完成', 'Imported'))
        }}
        onClose={() => setImporting(false)}
      />
    </div>
  )
}
