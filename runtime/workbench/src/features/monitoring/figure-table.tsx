import { Table, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { Link } from 'react-router-dom'
import { useI18n } from '../../i18n/i18n'
import { drillDownUrl, FIGURE_MEASURE } from './dashboard-filter'
import { formatDays, formatRate } from './figure-format'
import type { Figures, NodeRow } from './monitoring-api'
import type { FigureRow } from './table-rows'

const COLUMNS: Array<keyof Figures> = [
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
]

function show(f: Figures, k: keyof Figures): string {
  if (k === 'onTimeRate' || k === 'onlineRate') return formatRate(f[k])
  if (k === 'avgDays' || k === 'p90Days') return formatDays(f[k])
  return String(f[k])
}

/**
 * A table of figures (breakdown, ranking, trend); every figure links to the cases behind it.
 * Scrolls inside itself on a phone, never the page.
 */
export function FigureTable(props: {
  rows: FigureRow[]
  labelTitle: string
  ranked?: boolean
  testId: string
}) {
  const { t } = useI18n()
  const columns: ColumnsType<FigureRow> = [
    ...(props.ranked
      ? [{ title: t('mon.col.rank'), dataIndex: 'rank', key: 'rank', width: 56, fixed: 'left' as const }]
      : []),
    {
      title: props.labelTitle,
      key: 'label',
      fixed: 'left',
      render: (_, r) =>
        r.filter ? (
          <Link to={drillDownUrl({ filter: r.filter, measure: 'all' })} data-testid="row-label">
            {r.label}
          </Link>
        ) : (
          r.label
        ),
    },
    ...COLUMNS.map((k) => ({
      title: t(`mon.fig.${k}`),
      key: k,
      align: 'right' as const,
      render: (_: unknown, r: FigureRow) => {
        const text = show(r.figures, k)
        const zero = r.figures[k] === 0 || r.figures[k] === null
        if (!r.filter || zero)
          return <Typography.Text type={zero ? 'secondary' : undefined}>{text}</Typography.Text>
        return (
          <Link
            to={drillDownUrl({ filter: r.filter, measure: FIGURE_MEASURE[k] ?? 'all' })}
            data-testid={`cell-${k}`}
            style={k === 'red' ? { color: '#cf1322' } : k === 'yellow' ? { color: '#d48806' } : undefined}
          >
            {text}
          </Link>
        )
      },
    })),
  ]
  return (
    <Table
      size="small"
      rowKey="key"
      columns={columns}
      dataSource={props.rows}
      pagination={props.rows.length > 10 ? { pageSize: 10, size: 'small', showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      data-testid={props.testId}
    />
  )
}

/** 环节耗时: each node's visits and working days; the node links to the cases that passed it. */
export function NodesTable(props: {
  rows: NodeRow[]
  matterName(id: string): string
  drillUrl(row: NodeRow): string
}) {
  const { t } = useI18n()
  const columns: ColumnsType<NodeRow> = [
    { title: t('mon.col.matter'), key: 'matter', render: (_, r) => props.matterName(r.matterId) },
    {
      title: t('mon.col.node'),
      key: 'node',
      render: (_, r) => (
        <Link to={props.drillUrl(r)} data-testid="node-link">
          {r.nodeName ?? r.nodeId}
        </Link>
      ),
    },
    { title: t('mon.col.visits'), dataIndex: 'visits', key: 'visits', align: 'right' },
    { title: t('mon.col.completed'), dataIndex: 'completed', key: 'completed', align: 'right' },
    { title: t('mon.fig.avgDays'), key: 'avg', align: 'right', render: (_, r) => formatDays(r.avgDays) },
    { title: t('mon.fig.p90Days'), key: 'p90', align: 'right', render: (_, r) => formatDays(r.p90Days) },
    { title: t('mon.col.maxDays'), key: 'max', align: 'right', render: (_, r) => formatDays(r.maxDays) },
  ]
  return (
    <Table
      size="small"
      rowKey={(r) => `${r.matterId}/${r.nodeId}`}
      columns={columns}
      dataSource={props.rows}
      pagination={props.rows.length > 10 ? { pageSize: 10, size: 'small', showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      data-testid="nodes-table"
    />
  )
}
