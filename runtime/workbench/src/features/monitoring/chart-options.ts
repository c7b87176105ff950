import type { EChartsCoreOption } from 'echarts/core'
import type { BreakdownRow, NodeRow, TrendRow } from './monitoring-api'

/** A chart and what each data index stands for (the drill-down target of a click). */
export interface ChartModel<K> {
  option: EChartsCoreOption
  /** `keys[dataIndex]` of the clicked bar or point. */
  keys: K[]
  empty: boolean
}

export interface ChartLabels {
  total: string
  finished: string
  onTimeRate: string
  avgDays: string
  p90Days: string
  unknown: string
}

const BLUE = '#1552a8'
const GREEN = '#3a9d5d'
const ORANGE = '#e08a1e'

/** Volume and finished cases per period (bars) with the on-time rate (line, right axis, %). */
export function trendChart(rows: readonly TrendRow[], l: ChartLabels): ChartModel<string> {
  return {
    keys: rows.map((r) => r.period),
    empty: rows.length === 0,
    option: {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: rows.map((r) => r.period) },
      yAxis: [
        { type: 'value', minInterval: 1 },
        { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
      ],
      series: [
        bar(
          l.total,
          BLUE,
          36,
          rows.map((r) => r.total),
        ),
        bar(
          l.finished,
          GREEN,
          36,
          rows.map((r) => r.finished),
        ),
        {
          name: l.onTimeRate,
          type: 'line',
          yAxisIndex: 1,
          data: rows.map((r) => (r.onTimeRate === null ? null : Math.round(r.onTimeRate * 1000) / 10)),
          itemStyle: { color: ORANGE },
          connectNulls: true,
        },
      ],
    },
  }
}

/**
 * Volume per matter/department/region, largest first, at most `top` bars (horizontal, so long
 * Chinese names stay readable on a phone).
 */
export function breakdownChart(
  rows: readonly BreakdownRow[],
  l: ChartLabels,
  top = 12,
): ChartModel<string | null> {
  const shown = [...rows].sort((a, b) => b.total - a.total).slice(0, top)
  // ECharts draws the first category at the bottom: reverse so the largest is on top.
  const bars = [...shown].reverse()
  return {
    keys: bars.map((r) => r.key),
    empty: shown.length === 0,
    option: {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        data: bars.map((r) => shorten(r.name ?? r.key ?? l.unknown)),
        axisLabel: { width: 120, overflow: 'truncate' },
      },
      series: [
        bar(
          l.total,
          BLUE,
          18,
          bars.map((r) => r.total),
        ),
        bar(
          l.finished,
          GREEN,
          18,
          bars.map((r) => r.finished),
        ),
      ],
    },
  }
}

/** The slowest nodes (bottlenecks): average and P90 working days, slowest on top. */
export function nodesChart(
  rows: readonly NodeRow[],
  l: ChartLabels,
  matterName: (id: string) => string,
  top = 10,
): ChartModel<{ matterId: string; nodeId: string }> {
  const shown = rows
    .filter((r) => r.avgDays !== null)
    .sort((a, b) => (b.avgDays ?? 0) - (a.avgDays ?? 0))
    .slice(0, top)
  const bars = [...shown].reverse()
  return {
    keys: bars.map((r) => ({ matterId: r.matterId, nodeId: r.nodeId })),
    empty: shown.length === 0,
    option: {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'value' },
      yAxis: {
        type: 'category',
        data: bars.map((r) => `${shorten(matterName(r.matterId), 8)} · ${r.nodeName ?? r.nodeId}`),
        axisLabel: { width: 150, overflow: 'truncate' },
      },
      series: [
        bar(
          l.avgDays,
          ORANGE,
          18,
          bars.map((r) => r.avgDays),
        ),
        bar(
          l.p90Days,
          '#c0392b',
          18,
          bars.map((r) => r.p90Days),
        ),
      ],
    },
  }
}

/** One bar series: a name for the legend and tooltip, a colour, the bar's thickness, the values. */
function bar(name: string, color: string, barMaxWidth: number, data: Array<number | null>) {
  return { name, type: 'bar', barMaxWidth, data, itemStyle: { color } }
}

/** Long organisation names cut with an ellipsis (the tooltip and the table keep the full name). */
export function shorten(name: string, max = 12): string {
  return name.length > max ? `${name.slice(0, max - 1)}…` : name
}
