import { ArrowLeftOutlined } from '@ant-design/icons'
import { Button, Space, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useMemo, useState } from 'react'
import { Link, useNavigate, useSearchParams } from 'react-router-dom'
import { api } from '../../api/client'
import { useI18n } from '../../i18n/i18n'
import { PageState } from '../../shared/page-state'
import { CardBadge, formatDateTime, StatusTag } from '../../shared/status'
import { useAsync } from '../../shared/use-async'
import { useReadySession } from '../auth/session'
import { dashboardUrl, readDrillDown } from './dashboard-filter'
import { ExportButton } from './export-button'
import { formatDays } from './figure-format'
import { exportUrl, monitoringApi, type CaseRow } from './monitoring-api'

const PAGE_SIZE = 20

/** The cases behind a figure (the server's drill-down), each opening the case trace. */
export function DrillDownPage() {
  const { t } = useI18n()
  const { directory } = useReadySession()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const drill = useMemo(() => readDrillDown(params), [params])
  const key = params.toString()
  // Another figure (new URL) starts again at page 1.
  const [paging, setPaging] = useState({ key, page: 1 })
  const page = paging.key === key ? paging.page : 1
  const setPage = (next: number) => setPaging({ key, page: next })
  const list = useAsync(
    () =>
      monitoringApi.cases(drill.filter, {
        measure: drill.measure,
        nodeId: drill.nodeId,
        limit: PAGE_SIZE,
        offset: (page - 1) * PAGE_SIZE,
      }),
    [key, page],
  )
  const matters = useAsync(() => api.matters(), [])
  const matterName = (id: string) => matters.data?.items.find((m) => m.id === id)?.name ?? id
  const f = drill.filter
  const traceUrl = (id: string) => `/monitoring/cases/${encodeURIComponent(id)}/trace`

  const columns: ColumnsType<CaseRow> = [
    {
      title: t('detail.no'),
      key: 'no',
      fixed: 'left',
      render: (_, r) => (
        <Link to={traceUrl(r.id)} data-testid="drill-case-link">
          {r.no}
        </Link>
      ),
    },
    {
      title: t('mon.col.title'),
      key: 'title',
      render: (_, r) => (
        <Space size={4} wrap>
          <span>{r.title}</span>
          <CardBadge card={r.card} />
        </Space>
      ),
    },
    { title: t('mon.col.matter'), key: 'matter', render: (_, r) => matterName(r.matterId) },
    { title: t('mon.by.department'), key: 'org', render: (_, r) => directory.orgName(r.orgId) },
    { title: t('mon.col.status'), key: 'status', render: (_, r) => <StatusTag status={r.status} /> },
    { title: t('mon.col.submitted'), key: 'submitted', render: (_, r) => formatDateTime(r.submittedAt) },
    { title: t('mon.col.finished'), key: 'finished', render: (_, r) => formatDateTime(r.finishedAt) || '—' },
    {
      title: t('mon.col.handlingDays'),
      key: 'days',
      align: 'right',
      render: (_, r) => formatDays(r.handlingDays),
    },
    {
      title: t('mon.col.onTime'),
      key: 'onTime',
      render: (_, r) =>
        r.onTime === null ? (
          '—'
        ) : r.onTime ? (
          <Tag color="green">{t('mon.onTime')}</Tag>
        ) : (
          <Tag color="red">{t('mon.late')}</Tag>
        ),
    },
    { title: t('mon.col.returns'), dataIndex: 'returns', key: 'returns', align: 'right' },
  ]

  return (
    <div data-testid="drill-down-page" data-measure={drill.measure}>
      <Button
        type="link"
        icon={<ArrowLeftOutlined />}
        style={{ paddingLeft: 0 }}
        onClick={() => navigate(dashboardUrl(f))}
        data-testid="back-to-dashboard"
      >
        {t('mon.title')}
      </Button>
      <div className="page-title">
        <Typography.Title level={3}>
          {t('mon.drill.title', { measure: t(`mon.measure.${drill.measure}`) })}
        </Typography.Title>
        <ExportButton
          href={exportUrl('cases', f, { measure: drill.measure, nodeId: drill.nodeId })}
          testId="export-cases"
        />
      </div>
      <Space wrap size={[4, 4]} style={{ marginBottom: 12 }} data-testid="drill-filter">
        {f.from || f.to ? <Tag>{`${f.from ?? '…'} ~ ${f.to ?? '…'}`}</Tag> : <Tag>{t('mon.allTime')}</Tag>}
        {f.regionId && <Tag>{directory.orgName(f.regionId)}</Tag>}
        {f.orgId && <Tag>{directory.orgName(f.orgId)}</Tag>}
        {f.matterId && <Tag>{matterName(f.matterId)}</Tag>}
        {drill.nodeId && <Tag>{t('mon.drill.node', { node: drill.nodeId })}</Tag>}
        {list.data && (
          <Typography.Text
            type="secondary"
            data-testid="drill-total"
            data-total={list.data.total}
            data-capped={list.data.totalCapped === true}
          >
            {/* Past 1,000 the server stops counting (a count of a million rows is slow and useless). */}
            {t(list.data.totalCapped ? 'mon.drill.totalCapped' : 'mon.drill.total', { n: list.data.total })}
          </Typography.Text>
        )}
      </Space>
      <PageState
        loading={list.loading && !list.data}
        error={list.error}
        onRetry={list.reload}
        empty={list.data?.total === 0}
        emptyText={t('mon.drill.empty')}
      >
        <Table
          size="small"
          rowKey="id"
          columns={columns}
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          onRow={(r) =>
            ({
              onClick: () => navigate(traceUrl(r.id)),
              style: { cursor: 'pointer' },
              'data-testid': 'drill-row',
              'data-case-id': r.id,
              'data-card': r.card,
            }) as React.HTMLAttributes<HTMLElement>
          }
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: list.data?.total ?? 0,
            onChange: setPage,
            size: 'small',
            showSizeChanger: false,
            hideOnSinglePage: true,
          }}
        />
      </PageState>
    </div>
  )
}
