import { Alert, Card, Segmented, Space, Tag, Typography } from 'antd'
import { useMemo, useState, type ReactNode } from 'react'
import { useNavigate, useSearchParams } from 'react-router-dom'
import { api } from '../../api/client'
import { useI18n } from '../../i18n/i18n'
import { PageState } from '../../shared/page-state'
import { useAsync } from '../../shared/use-async'
import { formatDateTime } from '../../shared/status'
import { useReadySession } from '../auth/session'
import { breakdownChart, nodesChart, trendChart, type ChartLabels } from './chart-options'
import {
  dashboardUrl,
  drillDownUrl,
  filterQuery,
  narrowToPeriod,
  readFilter,
  type DashboardFilter,
} from './dashboard-filter'
import { EChart } from './echart'
import { ExportButton } from './export-button'
import { FigureCards } from './figure-cards'
import { FigureTable, NodesTable } from './figure-table'
import { FilterBar } from './filter-bar'
import { exportUrl, monitoringApi, type Dimension, type NodeRow, type Period } from './monitoring-api'
import { useMonitoringScope, type ViewScope } from './monitoring-scope'
import { breakdownRows, trendRows } from './table-rows'
import './monitoring.css'

/**
 * 监控分析: headline figures, trend, breakdown by matter/department/region, department ranking and
 * node times (bottlenecks) over one filter; every figure drills down to its cases.
 */
export function MonitoringPage() {
  const { t } = useI18n()
  const { me, directory } = useReadySession()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const filter = useMemo(() => readFilter(params), [params])
  const key = JSON.stringify(filterQuery(filter))
  const scopeState = useMonitoringScope(me)
  const scope = scopeState.scope
  const [by, setBy] = useState<Dimension>('department')
  const [period, setPeriod] = useState<Period>('month')

  const matters = useAsync(() => api.matters(), [])
  const summary = useAsync(() => monitoringApi.summary(filter), [key])
  const trend = useAsync(() => monitoringApi.trend(filter, period), [key, period])
  const breakdown = useAsync(() => monitoringApi.breakdown(filter, by), [key, by])
  const ranking = useAsync(() => monitoringApi.ranking(filter), [key])
  const nodes = useAsync(() => monitoringApi.nodes(filter), [key])

  const matterName = useMemo(() => {
    const names = new Map((matters.data?.items ?? []).map((m) => [m.id, m.name]))
    return (id: string) => names.get(id) ?? id
  }, [matters.data])
  const labels: ChartLabels = {
    total: t('mon.fig.total'),
    finished: t('mon.fig.finished'),
    onTimeRate: t('mon.fig.onTimeRate'),
    avgDays: t('mon.fig.avgDays'),
    p90Days: t('mon.fig.p90Days'),
    unknown: t('mon.unknown'),
  }
  const setFilter = (next: DashboardFilter) => navigate(dashboardUrl(next), { replace: true })
  const nodeDrill = (r: Pick<NodeRow, 'matterId' | 'nodeId'>) =>
    drillDownUrl({ filter: { ...filter, matterId: r.matterId }, measure: 'all', nodeId: r.nodeId })

  if (!scope)
    return scopeState.loading || scopeState.error ? (
      <div data-testid="monitoring-page">
        <PageState loading={scopeState.loading} error={scopeState.error}>
          {null}
        </PageState>
      </div>
    ) : (
      <div data-testid="monitoring-page">
        <Alert type="info" showIcon message={t('mon.noScope')} data-testid="monitoring-no-scope" />
      </div>
    )
  if (scope.kind === 'none')
    return (
      <div data-testid="monitoring-page">
        <Alert type="info" showIcon message={t('mon.noScope')} data-testid="monitoring-no-scope" />
      </div>
    )

  const trendModel = trend.data ? trendChart(trend.data.items, labels) : undefined
  const breakdownModel = breakdown.data ? breakdownChart(breakdown.data.items, labels) : undefined
  const nodesModel = nodes.data ? nodesChart(nodes.data.items, labels, matterName) : undefined
  const dimensions: Dimension[] =
    scope.kind === 'department' ? ['department', 'matter'] : ['department', 'matter', 'region']

  return (
    <div data-testid="monitoring-page" className="monitoring-page">
      <div className="page-title">
        <Typography.Title level={3}>{t('mon.title')}</Typography.Title>
        <ScopeTag scope={scope} />
        {summary.data?.refreshedAt && (
          <Typography.Text type="secondary" data-testid="monitoring-as-of">
            {t('mon.asOf', { time: formatDateTime(summary.data.refreshedAt) })}
          </Typography.Text>
        )}
      </div>
      <FilterBar
        filter={filter}
        onChange={setFilter}
        scope={scope}
        directory={directory}
        matters={matters.data?.items ?? []}
      />
      <PageState loading={summary.loading && !summary.data} error={summary.error} onRetry={summary.reload}>
        {summary.data && (
          <>
            {summary.data.total === 0 && (
              <Alert
                type="info"
                showIcon
                style={{ marginBottom: 12 }}
                message={t('mon.emptyFilter')}
                data-testid="monitoring-empty"
              />
            )}
            <FigureCards figures={summary.data} filter={filter} />
          </>
        )}
      </PageState>

      <Section
        title={t('mon.trend')}
        testId="section-trend"
        extra={
          <>
            <Segmented<Period>
              size="small"
              value={period}
              onChange={setPeriod}
              options={(['month', 'week', 'day'] as Period[]).map((p) => ({
                value: p,
                label: t(`mon.period.${p}`),
              }))}
            />
            <ExportButton href={exportUrl('trend', filter, { period })} testId="export-trend" />
          </>
        }
        state={trend}
        empty={trendModel?.empty}
      >
        {trendModel && trend.data && (
          <>
            <EChart
              option={trendModel.option}
              height={260}
              testId="chart-trend"
              onClick={(i) => {
                const start = trendModel.keys[i]
                if (start)
                  navigate(drillDownUrl({ filter: narrowToPeriod(filter, period, start), measure: 'all' }))
              }}
            />
            <FigureTable
              rows={trendRows(filter, period, trend.data.items)}
              labelTitle={t('mon.col.period')}
              testId="trend-table"
            />
          </>
        )}
      </Section>

      <Section
        title={t('mon.breakdown')}
        testId="section-breakdown"
        extra={
          <>
            <Segmented<Dimension>
              size="small"
              value={by}
              onChange={setBy}
              options={dimensions.map((d) => ({ value: d, label: t(`mon.by.${d}`) }))}
              data-testid="breakdown-by"
            />
            <ExportButton href={exportUrl('breakdown', filter, { by })} testId="export-breakdown" />
          </>
        }
        state={breakdown}
        empty={breakdownModel?.empty}
      >
        {breakdownModel && breakdown.data && (
          <>
            <EChart
              option={breakdownModel.option}
              height={Math.max(160, breakdownModel.keys.length * 36 + 60)}
              testId="chart-breakdown"
              onClick={(i) => {
                const row = breakdownRows(filter, by, breakdown.data?.items ?? [], '').find(
                  (r) => r.key === breakdownModel.keys[i],
                )
                if (row?.filter) navigate(drillDownUrl({ filter: row.filter, measure: 'all' }))
              }}
            />
            <FigureTable
              rows={breakdownRows(filter, by, breakdown.data.items, t('mon.unknown'))}
              labelTitle={t(`mon.by.${by}`)}
              testId="breakdown-table"
            />
          </>
        )}
      </Section>

      <Section
        title={t('mon.ranking')}
        testId="section-ranking"
        extra={<ExportButton href={exportUrl('ranking', filter)} testId="export-ranking" />}
        state={ranking}
        empty={ranking.data?.items.length === 0}
      >
        {ranking.data && (
          <FigureTable
            ranked
            rows={breakdownRows(filter, 'department', ranking.data.items, t('mon.unknown'))}
            labelTitle={t('mon.by.department')}
            testId="ranking-table"
          />
        )}
      </Section>

      <Section
        title={t('mon.nodes')}
        testId="section-nodes"
        extra={<ExportButton href={exportUrl('nodes', filter)} testId="export-nodes" />}
        state={nodes}
        empty={nodes.data?.items.length === 0}
      >
        {nodesModel && nodes.data && (
          <>
            {!nodesModel.empty && (
              <EChart
                option={nodesModel.option}
                height={Math.max(160, nodesModel.keys.length * 40 + 60)}
                testId="chart-nodes"
                onClick={(i) => {
                  const k = nodesModel.keys[i]
                  if (k) navigate(nodeDrill(k))
                }}
              />
            )}
            <NodesTable rows={nodes.data.items} matterName={matterName} drillUrl={nodeDrill} />
          </>
        )}
      </Section>
    </div>
  )
}

/** 查看范围: whose cases the figures count (the server applies the same rule). */
function ScopeTag(props: { scope: ViewScope }) {
  const { t, lang } = useI18n()
  const s = props.scope
  const name = lang === 'en' ? s.labelEn : s.label
  const text =
    s.kind === 'region'
      ? t('mon.scope.region', { name })
      : s.kind === 'department'
        ? t('mon.scope.department', { name })
        : t('mon.scope.all')
  return (
    <Tag color="blue" data-testid="monitoring-scope" data-scope={s.kind}>
      {text}
    </Tag>
  )
}

/** A dashboard section: title, tools (period/dimension, export), its own loading/error/empty state. */
function Section(props: {
  title: string
  testId: string
  extra?: ReactNode
  state: { loading: boolean; error: unknown; data: unknown; reload(): void }
  empty?: boolean
  children?: ReactNode
}) {
  const { t } = useI18n()
  return (
    <Card
      size="small"
      title={props.title}
      extra={
        <Space wrap size={4}>
          {props.extra}
        </Space>
      }
      style={{ marginBottom: 12 }}
      data-testid={props.testId}
      className="monitoring-section"
    >
      <PageState
        loading={props.state.loading && !props.state.data}
        error={props.state.error}
        onRetry={props.state.reload}
        empty={props.empty}
        emptyText={t('mon.empty')}
      >
        {props.children}
      </PageState>
    </Card>
  )
}
