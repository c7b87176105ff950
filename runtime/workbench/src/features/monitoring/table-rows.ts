import { narrowToPeriod, type DashboardFilter } from './dashboard-filter'
import type { BreakdownRow, Dimension, Figures, Period, TrendRow } from './monitoring-api'

/** One row of a figures table: its label, the filter that selects its cases, its figures. */
export interface FigureRow {
  key: string
  label: string
  rank?: number
  /** The filter of the cases this row counts; `null` when the server grouped cases without a key. */
  filter: DashboardFilter | null
  figures: Figures
}

const DIMENSION_FILTER: Record<Dimension, keyof DashboardFilter> = {
  matter: 'matterId',
  department: 'orgId',
  region: 'regionId',
}

/** Breakdown or ranking rows: each narrows the filter to its matter, department or region. */
export function breakdownRows(
  base: DashboardFilter,
  by: Dimension,
  items: readonly BreakdownRow[],
  unknown: string,
): FigureRow[] {
  return items.map((r, i) => {
    const { rank, key, name, ...figures } = r
    return {
      key: key ?? `none-${i}`,
      label: name ?? key ?? unknown,
      rank,
      filter: key ? { ...base, [DIMENSION_FILTER[by]]: key } : null,
      figures,
    }
  })
}

/** Trend rows: each narrows the filter to its period (intersected with the chosen range). */
export function trendRows(base: DashboardFilter, period: Period, items: readonly TrendRow[]): FigureRow[] {
  return items.map((r) => {
    const { period: start, ...figures } = r
    return { key: start, label: start, filter: narrowToPeriod(base, period, start), figures }
  })
}
