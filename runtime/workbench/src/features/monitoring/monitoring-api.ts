import type { Card, CaseStatus } from '@tongban/schemas'
import { request, withQuery } from '../../api/http'
import { filterQuery, type DashboardFilter } from './dashboard-filter'
import type { ViewScope } from './monitoring-scope'

/** The figures every row of `/api/monitoring/*` carries (rates 0–1, times in working days). */
export interface Figures {
  total: number
  finished: number
  open: number
  onTime: number
  /** Finished after the promised deadline. */
  late: number
  onTimeRate: number | null
  avgDays: number | null
  p90Days: number | null
  returns: number
  returnedCases: number
  rejected: number
  onlineRate: number | null
  red: number
  yellow: number
}

export type Dimension = 'matter' | 'department' | 'region'
export type Period = 'month' | 'week' | 'day'

/** The cases behind a figure (`measure` of the server's drill-down). */
export type Measure =
  | 'all'
  | 'finished'
  | 'open'
  | 'on-time'
  | 'late'
  | 'returned'
  | 'rejected'
  | 'online'
  | 'offline'
  | 'red'
  | 'yellow'

export interface BreakdownRow extends Figures {
  rank: number
  key: string | null
  name: string | null
}

export interface TrendRow extends Figures {
  /** First day of the month/week/day bucket, `YYYY-MM-DD`. */
  period: string
}

export interface NodeRow {
  matterId: string
  nodeId: string
  nodeName: string | null
  visits: number
  completed: number
  avgDays: number | null
  p90Days: number | null
  maxDays: number | null
}

/** One row of the drill-down list. */
export interface CaseRow {
  id: string
  no: string
  title: string
  matterId: string
  orgId: string | null
  regionId: string | null
  status: CaseStatus
  card: Card
  submittedAt: string | null
  finishedAt: string | null
  promisedDeadline: string | null
  handlingDays: number | null
  onTime: boolean | null
  returns: number
  online: boolean
}

export interface TraceStep {
  taskId: string
  nodeId: string
  nodeName: string | null
  kind: string
  status: string
  outcome: string | null
  assigneeId: string | null
  assigneeName: string | null
  orgName: string | null
  startedAt: string
  completedAt: string | null
  dueAt: string | null
  card: Card | null
  /** The assignee's primary department. */
  orgId?: string | null
  /** The department the task acted for (the delegator's for a 委派 task), and its name. */
  actedForOrgId?: string | null
  actedForOrgName?: string | null
  /** Still open: `workingDays` runs to the server's clock. */
  open?: boolean
  /** Working days from start to completion (open: to the server's now), on the case's calendar. */
  workingDays: number | null
}

/** A 补正 pause with its working-day length (open: to the server's now). */
export interface TracePauseRow {
  from: string
  to: string | null
  open: boolean
  workingDays: number
}

export interface TraceEvent {
  seq: number
  type: string
  at: string
  actorId: string | null
  nodeId: string | null
  taskId: string | null
}

/** `GET /api/monitoring/cases/:id/trace`. */
export interface CaseTrace {
  case: {
    id: string
    no: string
    title: string
    matterId: string
    status: CaseStatus
    card: Card
    submittedAt: string | null
    finishedAt: string | null
    promisedDeadline: string | null
    legalDeadline: string | null
    handlingDays: number | null
  }
  steps: TraceStep[]
  events: TraceEvent[]
  pauses?: TracePauseRow[]
  /** The server's clock the open figures run to. */
  now?: string
}

/** `GET /api/monitoring/summary`: the figures and when the facts behind them were refreshed. */
export interface Summary extends Figures {
  /** The facts are refreshed every minute: figures are as of this instant (null: never refreshed). */
  refreshedAt: string | null
}

export type ExportTable = 'summary' | 'breakdown' | 'ranking' | 'trend' | 'nodes' | 'cases'

/** The monitoring API (`/api/monitoring/*`, permission `monitoring:read`, rows limited to the caller's scope). */
export const monitoringApi = {
  scope: () => request<ViewScope>('/api/monitoring/scope'),
  summary: (f: DashboardFilter) => request<Summary>('/api/monitoring/summary', { query: filterQuery(f) }),
  breakdown: (f: DashboardFilter, by: Dimension) =>
    request<{ by: Dimension; items: BreakdownRow[] }>('/api/monitoring/breakdown', {
      query: { ...filterQuery(f), by },
    }),
  ranking: (f: DashboardFilter) =>
    request<{ items: BreakdownRow[] }>('/api/monitoring/ranking', { query: filterQuery(f) }),
  trend: (f: DashboardFilter, period: Period) =>
    request<{ period: Period; items: TrendRow[] }>('/api/monitoring/trend', {
      query: { ...filterQuery(f), period },
    }),
  nodes: (f: DashboardFilter) =>
    request<{ items: NodeRow[] }>('/api/monitoring/nodes', { query: filterQuery(f) }),
  cases: (f: DashboardFilter, page: { measure?: Measure; nodeId?: string; limit: number; offset: number }) =>
    request<{ total: number; totalCapped?: boolean; items: CaseRow[] }>('/api/monitoring/cases', {
      query: { ...filterQuery(f), ...page },
    }),
  trace: (caseId: string) => request<CaseTrace>(`/api/monitoring/cases/${encodeURIComponent(caseId)}/trace`),
}

/** The URL of the server's streamed Excel export of one table under the filter (a plain GET download). */
export function exportUrl(
  table: ExportTable,
  f: DashboardFilter,
  extra: { by?: Dimension; period?: Period; measure?: Measure; nodeId?: string } = {},
): string {
  return withQuery('/api/monitoring/export', { table, ...filterQuery(f), ...extra })
}
