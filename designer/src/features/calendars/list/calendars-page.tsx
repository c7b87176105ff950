import { Popover, Space, Spin, Table, Tag, Typography } from 'antd'
import { useMemo } from 'react'
import { Link } from 'react-router-dom'
import type { CalendarSummary } from '../../../api'
import { useAsync } from '../../../shared/hooks/use-async'
import { useI18n } from '../../../shared/i18n'
import { useApi } from '../../../shared/ui/api-context'
import { AsyncView } from '../../../shared/ui/async-view'
import { CalendarAccess, Forbidden, isForbidden } from '../calendar-access'
import { calendarUsage, type MatterCalendarRef } from '../model/calendar-usage'

/** 工作日历: every calendar (the platform's `default` first), its years, and the matters on it. */
export function CalendarsPage() {
  return (
    <CalendarAccess>
      <CalendarList />
    </CalendarAccess>
  )
}

function CalendarList() {
  const api = useApi()
  const { tx } = useI18n()
  const state = useAsync(() => api.calendars.list(), [api])
  const matters = useAsync(() => api.calendars.matters(), [api])
  const usage = useMemo(
    () =>
      state.status === 'ok' && matters.status === 'ok'
        ? calendarUsage(
            state.data.items.map((c) => c.id),
            matters.data,
          )
        : undefined,
    [state, matters],
  )
  const thisYear = String(new Date().getFullYear())
  if (isForbidden(state.error))
    return <Forbidden text={tx('服务器拒绝了访问', 'The server refused access')} />
  return (
    <div style={{ padding: 24 }} data-testid="calendars-list">
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {tx('工作日历', 'Working calendars')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {tx(
          '办理时限按工作日计算：周末与法定节假日不计，调休上班日计入。事项未指定日历（或指定的日历不存在）时使用默认日历。修改后在办件的期限会按新日历重算。',
          'Time limits count working days: weekends and public holidays do not count, make-up working days do. A matter naming no calendar (or a missing one) uses the default. After a change, open cases’ deadlines are recomputed.',
        )}
      </Typography.Paragraph>
      <AsyncView
        state={state}
        isEmpty={(d) => d.items.length === 0}
        emptyText={tx('还没有工作日历', 'No calendars yet')}
      >
        {(d) => (
          <Table<CalendarSummary>
            rowKey="id"
            size="middle"
            pagination={false}
            dataSource={[...d.items].sort((a, b) =>
              a.id === 'default' ? -1 : b.id === 'default' ? 1 : a.id.localeCompare(b.id),
            )}
            columns={[
              {
                title: tx('名称', 'Name'),
                dataIndex: 'name',
                render: (n: string, c) => (
                  <Space>
                    <Link
                      to={`/calendars/${encodeURIComponent(c.id)}?year=${c.years.includes(thisYear) ? thisYear : (c.years.at(-1) ?? thisYear)}`}
                    >
                      {n}
                    </Link>
                    {c.id === 'default' && <Tag color="blue">{tx('默认', 'Default')}</Tag>}
                  </Space>
                ),
              },
              { title: 'ID', dataIndex: 'id', width: 140 },
              {
                title: tx('已设置年份', 'Years set'),
                dataIndex: 'years',
                render: (ys: string[], c) =>
                  ys.length ? (
                    ys.map((y) => (
                      <Link key={y} to={`/calendars/${encodeURIComponent(c.id)}?year=${y}`}>
                        <Tag>{y}</Tag>
                      </Link>
                    ))
                  ) : (
                    <Typography.Text type="secondary">
                      {tx('无（只按周末计算）', 'None (weekends only)')}
                    </Typography.Text>
                  ),
              },
              {
                title: tx('使用此日历的事项', 'Matters on it'),
                width: 220,
                render: (_, c) => (
                  <UsageCell state={matters.status} error={matters.error} list={usage?.get(c.id)} />
                ),
              },
              {
                title: tx('更新时间', 'Updated'),
                dataIndex: 'updatedAt',
                width: 180,
                render: (t: string) => (t ? new Date(t).toLocaleString() : '—'),
              },
            ]}
          />
        )}
      </AsyncView>
    </div>
  )
}

function UsageCell({
  state,
  error,
  list,
}: {
  state: 'loading' | 'ok' | 'error'
  error?: Error
  list?: MatterCalendarRef[]
}) {
  const { tx } = useI18n()
  if (state === 'loading') return <Spin size="small" />
  if (state === 'error') return <Typography.Text type="warning">{error?.message}</Typography.Text>
  if (!list?.length) return <Typography.Text type="secondary">{tx('无', 'None')}</Typography.Text>
  return (
    <Popover
      title={tx(`${list.length} 个事项`, `${list.length} matters`)}
      content={
        <div style={{ maxHeight: 320, overflow: 'auto', minWidth: 260 }}>
          {list.map((m) => (
            <div key={m.id}>
              <Link to={`/matters/${encodeURIComponent(m.id)}`}>
                {m.code} {m.name}
              </Link>
            </div>
          ))}
        </div>
      }
    >
      <Typography.Link data-testid="calendar-usage">
        {tx(`${list.length} 个事项`, `${list.length} matters`)}
      </Typography.Link>
    </Popover>
  )
}
