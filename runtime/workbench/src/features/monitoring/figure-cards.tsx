import { Card, Col, Row, Statistic } from 'antd'
import { useNavigate } from 'react-router-dom'
import { useI18n } from '../../i18n/i18n'
import { drillDownUrl, FIGURE_MEASURE, type DashboardFilter } from './dashboard-filter'
import { formatDays, formatRate } from './figure-format'
import type { Figures } from './monitoring-api'

/** The headline figures (KPI cards) in display order. */
export const KPIS = [
  'total',
  'finished',
  'open',
  'onTimeRate',
  'late',
  'avgDays',
  'p90Days',
  'returnedCases',
  'rejected',
  'onlineRate',
  'yellow',
  'red',
] as const
export type Kpi = (typeof KPIS)[number]

/** The shown value of one headline figure. */
export function kpiValue(f: Figures, k: Kpi): string {
  switch (k) {
    case 'onTimeRate':
    case 'onlineRate':
      return formatRate(f[k])
    case 'avgDays':
    case 'p90Days':
      return formatDays(f[k])
    default:
      return String(f[k])
  }
}

const COLOURS: Partial<Record<Kpi, string>> = { red: '#cf1322', yellow: '#d48806', late: '#cf1322' }

/** 总览: one clickable card per headline figure; a click lists the cases behind it. */
export function FigureCards(props: { figures: Figures; filter: DashboardFilter }) {
  const { t } = useI18n()
  const navigate = useNavigate()
  return (
    <Row gutter={[8, 8]} style={{ marginBottom: 12 }} data-testid="monitoring-kpis">
      {KPIS.map((k) => (
        <Col key={k} xs={12} sm={8} md={6} lg={4}>
          <Card
            size="small"
            hoverable
            onClick={() =>
              navigate(drillDownUrl({ filter: props.filter, measure: FIGURE_MEASURE[k] ?? 'all' }))
            }
            data-testid={`kpi-${k}`}
            data-value={kpiValue(props.figures, k)}
          >
            <Statistic
              title={t(`mon.fig.${k}`)}
              value={kpiValue(props.figures, k)}
              suffix={k === 'avgDays' || k === 'p90Days' ? t('mon.unit.days') : undefined}
              valueStyle={{ fontSize: 20, color: COLOURS[k] }}
            />
          </Card>
        </Col>
      ))}
    </Row>
  )
}
