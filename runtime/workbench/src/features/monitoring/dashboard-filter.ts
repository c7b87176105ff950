import type { Measure, Period } from './monitoring-api'

/** The dashboard's filter, the same object the server's `/api/monitoring/*` routes take. */
export interface DashboardFilter {
  /** Submission day range, inclusive, `YYYY-MM-DD`. */
  from?: string
  to?: string
  regionId?: string
  orgId?: string
  matterId?: string
}

const KEYS = ['from', 'to', 'regionId', 'orgId', 'matterId'] as const
const DATE = /^\d{4}-\d{2}-\d{2}$/
const MEASURES: readonly Measure[] = [
  'all',
  'finished',
  'open',
  'on-time',
  'late',
  'returned',
  'rejected',
  'online',
  'offline',
  'red',
  'yellow',
]

/** Read the filter from the page URL (unknown or malformed values are dropped). */
export function readFilter(params: URLSearchParams): DashboardFilter {
  const f: DashboardFilter = {}
  for (const k of KEYS) {
    const v = params.get(k)?.trim()
    if (!v) continue
    if ((k === 'from' || k === 'to') && !DATE.test(v)) continue
    f[k] = v
  }
  return f
}

/** The filter as query parameters (empty values left out). */
export function filterQuery(f: DashboardFilter): Record<string, string> {
  const q: Record<string, string> = {}
  for (const k of KEYS) {
    const v = f[k]
    if (v) q[k] = v
  }
  return q
}

/** What a drill-down list shows: the filter, the figure (`measure`) and optionally a node passed. */
export interface DrillDown {
  filter: DashboardFilter
  measure: Measure
  nodeId?: string
}

/** Read a drill-down from the list page's URL; `measure` defaults to every case. */
export function readDrillDown(params: URLSearchParams): DrillDown {
  const m = params.get('measure') as Measure | null
  const d: DrillDown = {
    filter: readFilter(params),
    measure: m && MEASURES.includes(m) ? m : 'all',
  }
  const nodeId = params.get('nodeId')?.trim()
  if (nodeId) d.nodeId = nodeId
  return d
}

/**
 * The URL of the case list behind a figure.
 * @example drillDownUrl({ filter: { orgId: 'yx-daj' }, measure: 'late' }) // '/monitoring/cases?orgId=yx-daj&measure=late'
 */
export function drillDownUrl(d: DrillDown): string {
  const params = new URLSearchParams(filterQuery(d.filter))
  params.set('measure', d.measure)
  if (d.nodeId) params.set('nodeId', d.nodeId)
  return `/monitoring/cases?${params.toString()}`
}

/** The dashboard URL of a filter (so a reload or a shared link shows the same figures). */
export function dashboardUrl(f: DashboardFilter): string {
  const s = new URLSearchParams(filterQuery(f)).toString()
  return s ? `/monitoring?${s}` : '/monitoring'
}

/**
 * The filter narrowed to one trend bucket (`period` starts on `start`), intersected with the
 * filter's own range, so a click on a trend point lists exactly the cases counted in it.
 */
export function narrowToPeriod(f: DashboardFilter, period: Period, start: string): DashboardFilter {
  const end = periodEnd(period, start)
  return {
    ...f,
    from: f.from && f.from > start ? f.from : start,
    to: f.to && f.to < end ? f.to : end,
  }
}

/** The last day of a bucket: the same day, 6 days later (ISO week), or the month's last day. */
export function periodEnd(period: Period, start: string): string {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number]
  const date =
    period === 'day'
      ? new Date(Date.UTC(y, m - 1, d))
      : period === 'week'
        ? new Date(Date.UTC(y, m - 1, d + 6))
        : new Date(Date.UTC(y, m, 0))
  return date.toISOString().slice(0, 10)
}

/** Which figure lists which cases (a KPI card or a table column → `measure`). */
export const FIGURE_MEASURE: Record<string, Measure> = {
  total: 'all',
  finished: 'finished',
  open: 'open',
  onTime: 'on-time',
  onTimeRate: 'on-time',
  late: 'late',
  avgDays: 'finished',
  p90Days: 'finished',
  returns: 'returned',
  returnedCases: 'returned',
  rejected: 'rejected',
  onlineRate: 'online',
  red: 'red',
  yellow: 'yellow',
}
