import { breakdownChart, nodesChart, shorten, trendChart, type ChartLabels } from './chart-options'
import { formatDays, formatDuration, formatRate } from './figure-format'
import { kpiValue } from './figure-cards'
import type { BreakdownRow, Figures, NodeRow, TrendRow } from './monitoring-api'
import { breakdownRows, trendRows } from './table-rows'

const L: ChartLabels = {
  total: '办件量',
  finished: '办结',
  onTimeRate: '按时率',
  avgDays: '平均',
  p90Days: 'P90',
  unknown: '未设置',
}
const fig = (over: Partial<Figures> = {}): Figures => ({
  total: 0,
  finished: 0,
  open: 0,
  onTime: 0,
  late: 0,
  onTimeRate: null,
  avgDays: null,
  p90Days: null,
  returns: 0,
  returnedCases: 0,
  rejected: 0,
  onlineRate: null,
  red: 0,
  yellow: 0,
  ...over,
})
type Series = Array<{ name: string; data: Array<number | null> }>

describe('figure formats', () => {
  it('shows rates, working days and natural durations; null is a dash', () => {
    expect(formatRate(2 / 3)).toBe('66.7%')
    expect(formatRate(1)).toBe('100.0%')
    expect(formatRate(null)).toBe('—')
    expect(formatDays(1.256)).toBe('1.26')
    expect(formatDays(2)).toBe('2')
    expect(formatDays(null)).toBe('—')
    expect(formatDuration(26 * 3600_000 + 5 * 60_000, 'zh-CN')).toBe('1天2小时')
    expect(formatDuration(45 * 60_000, 'en')).toBe('45 min')
    expect(formatDuration(0, 'zh-CN')).toBe('0分钟')
  })

  it('shows the KPI texts of the server figures (late as the server counts it)', () => {
    const f = fig({
      total: 5,
      finished: 4,
      onTime: 3,
      late: 1,
      onTimeRate: 0.75,
      avgDays: 1.5,
      onlineRate: 0.8,
    })
    expect(kpiValue(f, 'late')).toBe('1')
    expect(kpiValue(f, 'onTimeRate')).toBe('75.0%')
    expect(kpiValue(f, 'avgDays')).toBe('1.5')
    expect(kpiValue(f, 'p90Days')).toBe('—')
    expect(kpiValue(f, 'total')).toBe('5')
  })
})

describe('chart options', () => {
  it('draws the trend as volume bars and an on-time line in percent; clicks map to periods', () => {
    const rows: TrendRow[] = [
      { period: '2026-03-01', ...fig({ total: 4, finished: 3, onTimeRate: 2 / 3 }) },
      { period: '2026-04-01', ...fig({ total: 1, finished: 0 }) },
    ]
    const m = trendChart(rows, L)
    expect(m.keys).toEqual(['2026-03-01', '2026-04-01'])
    const series = (m.option as { series: Series }).series
    expect(series.map((s) => s.data)).toEqual([
      [4, 1],
      [3, 0],
      [66.7, null],
    ])
    expect(trendChart([], L).empty).toBe(true)
  })

  it('draws the largest groups on top and keeps each bar’s key for the drill-down', () => {
    const rows = [
      { rank: 1, key: 'hr', name: '人社局', ...fig({ total: 1 }) },
      { rank: 2, key: 'archive', name: '档案馆', ...fig({ total: 3 }) },
      { rank: 3, key: null, name: null, ...fig({ total: 2 }) },
    ] as BreakdownRow[]
    const m = breakdownChart(rows, L, 2)
    // Bottom to top: the second largest, then the largest.
    expect(m.keys).toEqual([null, 'archive'])
    expect((m.option as { yAxis: { data: string[] } }).yAxis.data).toEqual(['未设置', '档案馆'])
  })

  it('ranks nodes by average time and skips nodes never completed', () => {
    const rows: NodeRow[] = [
      {
        matterId: 'm1',
        nodeId: 'a',
        nodeName: '受理',
        visits: 3,
        completed: 3,
        avgDays: 0.5,
        p90Days: 1,
        maxDays: 1,
      },
      {
        matterId: 'm1',
        nodeId: 'b',
        nodeName: '审批',
        visits: 2,
        completed: 2,
        avgDays: 2,
        p90Days: 3,
        maxDays: 3,
      },
      {
        matterId: 'm2',
        nodeId: 'c',
        nodeName: '办理',
        visits: 1,
        completed: 0,
        avgDays: null,
        p90Days: null,
        maxDays: null,
      },
    ]
    const m = nodesChart(rows, L, (id) => (id === 'm1' ? '档案查阅' : id))
    expect(m.keys).toEqual([
      { matterId: 'm1', nodeId: 'a' },
      { matterId: 'm1', nodeId: 'b' },
    ])
    expect((m.option as { yAxis: { data: string[] } }).yAxis.data[1]).toBe('档案查阅 · 审批')
    expect(shorten('云溪市人力资源和社会保障局', 6)).toBe('云溪市人力…')
  })
})

describe('table rows', () => {
  it('narrows the filter per breakdown row; a row without key cannot be drilled', () => {
    const rows = breakdownRows(
      { from: '2026-03-01' },
      'department',
      [
        { rank: 1, key: 'archive', name: '档案馆', ...fig({ total: 3 }) },
        { rank: 2, key: null, name: null, ...fig({ total: 1 }) },
      ] as BreakdownRow[],
      '未设置',
    )
    expect(rows[0]).toMatchObject({
      key: 'archive',
      label: '档案馆',
      rank: 1,
      filter: { from: '2026-03-01', orgId: 'archive' },
    })
    expect(rows[0]?.figures.total).toBe(3)
    expect(rows[1]).toMatchObject({ label: '未设置', filter: null })
    expect(breakdownRows({}, 'matter', [{ rank: 1, key: 'm1', name: 'M', ...fig() }], '')[0]?.filter).toEqual(
      { matterId: 'm1' },
    )
  })

  it('narrows trend rows to their bucket', () => {
    const [row] = trendRows({ regionId: 'xc' }, 'week', [{ period: '2026-03-02', ...fig({ total: 2 }) }])
    expect(row?.filter).toEqual({ regionId: 'xc', from: '2026-03-02', to: '2026-03-08' })
  })
})
