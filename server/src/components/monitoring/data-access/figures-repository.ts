import { workingDaysBetween } from '@tongban/flow-engine'
import type { WorkingCalendar } from '@tongban/schemas'
import type { Queryable } from '../../../libraries/db'
import { loadDefaultCalendar } from './facts-refresh'
import { pausesOf, withEmptyPeriods } from '../domain/trace-periods'
import { filterSql, measureSql, type MonitoringFilter } from '../domain/monitoring-filter'
import type { Period } from '../domain/trace-periods'
import { scopeSql, type MonitoringScope } from '../domain/monitoring-scope'
import { rollupFiguresSql, rollupNodesSql } from './rollup'

/** The figures every table row carries (rates 0–1, times in working days). */
const FIGURES = `count(*)::int AS "total",
  count(*) FILTER (WHERE f.finished)::int AS "finished",
  count(*) FILTER (WHERE NOT f.finished)::int AS "open",
  count(*) FILTER (WHERE f.on_time)::int AS "onTime",
  count(*) FILTER (WHERE f.on_time = false)::int AS "late",
  round(count(*) FILTER (WHERE f.on_time)::numeric / nullif(count(*) FILTER (WHERE f.finished), 0), 4)::float AS "onTimeRate",
  round(avg(f.handling_days) FILTER (WHERE f.finished)::numeric, 2)::float AS "avgDays",
  round((percentile_disc(0.9) WITHIN GROUP (ORDER BY f.handling_days) FILTER (WHERE f.finished))::numeric, 2)::float AS "p90Days",
  coalesce(sum(f.returns), 0)::int AS "returns",
  count(*) FILTER (WHERE f.returns > 0)::int AS "returnedCases",
  count(*) FILTER (WHERE f.rejected)::int AS "rejected",
  round(count(*) FILTER (WHERE f.online)::numeric / nullif(count(*), 0), 4)::float AS "onlineRate",
  count(*) FILTER (WHERE f.card = 'red')::int AS "red",
  count(*) FILTER (WHERE f.card = 'yellow')::int AS "yellow"`

/** Figures of an empty selection. */
const EMPTY = {
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
}

export type Dimension = 'matter' | 'department' | 'region'
export type { Period } from '../domain/trace-periods'

const DIMENSION: Record<Dimension, { key: string; name: string }> = {
  matter: { key: 'f.matter_id', name: '(SELECT m.name FROM matters m WHERE m.id = g.key)' },
  department: { key: 'f.accepting_org_id', name: '(SELECT o.name FROM organisations o WHERE o.id = g.key)' },
  region: { key: 'f.region_id', name: '(SELECT o.name FROM organisations o WHERE o.id = g.key)' },
}

function where(scope: MonitoringScope, filter: MonitoringFilter, args: unknown[]): string {
  return [scopeSql(scope, args), ...filterSql(filter, args)].join(' AND ')
}

/** Totals over the filter. */
export async function summary(db: Queryable, scope: MonitoringScope, filter: MonitoringFilter) {
  const args: unknown[] = []
  if (!filter.status) {
    const { rows } = await db.query(rollupFiguresSql(`'all'`, where(scope, filter, args)), args)
    const { key: _key, ...figures } = (rows[0] ?? {}) as Record<string, unknown>
    return { ...EMPTY, ...figures } as Record<string, number | null>
  }
  const { rows } = await db.query(
    `SELECT ${FIGURES} FROM monitoring_case_facts f WHERE ${where(scope, filter, args)}`,
    args,
  )
  return rows[0] as Record<string, number | null>
}

/** The figures per matter, department or region, largest volume first. */
export async function breakdown(
  db: Queryable,
  scope: MonitoringScope,
  filter: MonitoringFilter,
  by: Dimension,
  orderBy: 'total' | 'onTimeRate' | 'avgDays' = 'total',
) {
  const args: unknown[] = []
  const d = DIMENSION[by]
  const order =
    orderBy === 'total'
      ? '"total" DESC'
      : orderBy === 'onTimeRate'
        ? '"onTimeRate" DESC NULLS LAST, "avgDays" ASC NULLS LAST'
        : '"avgDays" ASC NULLS LAST'
  const inner = filter.status
    ? `SELECT ${d.key} AS key, ${FIGURES} FROM monitoring_case_facts f WHERE ${where(scope, filter, args)} GROUP BY 1`
    : rollupFiguresSql(d.key, where(scope, filter, args))
  const { rows } = await db.query(
    `SELECT g.*, ${d.name} AS "name" FROM (${inner}) g ORDER BY ${order}, g.key`,
    args,
  )
  return rows.map((r, i) => ({ rank: i + 1, ...r }))
}

/**
 * The figures per month/week/day of submission, oldest first; the periods without cases between
 * the first and the last are included with zero figures (a chart's axis has no holes).
 */
export async function trend(db: Queryable, scope: MonitoringScope, filter: MonitoringFilter, period: Period) {
  const args: unknown[] = []
  const bucket = `to_char(date_trunc('${period}', f.submitted_day), 'YYYY-MM-DD')`
  if (!filter.status) {
    const { rows } = await db.query(
      `SELECT key AS "period", g.* FROM (${rollupFiguresSql(bucket, where(scope, filter, args))}) g ORDER BY 1`,
      args,
    )
    return withEmptyPeriods(
      rows.map(({ key: _key, ...r }) => r as Record<string, unknown> & { period: string }),
      period,
      EMPTY,
    )
  }
  const { rows } = await db.query(
    `SELECT ${bucket} AS "period", ${FIGURES}
       FROM monitoring_case_facts f WHERE ${where(scope, filter, args)} GROUP BY 1 ORDER BY 1`,
    args,
  )
  return withEmptyPeriods(rows as Array<Record<string, unknown> & { period: string }>, period, EMPTY)
}

/** When the fact tables were last refreshed (ISO instant), or null before the first refresh. */
export async function refreshedAt(db: Queryable): Promise<string | null> {
  const { rows } = await db.query(`SELECT refreshed_at FROM monitoring_refresh_state WHERE id = 1`)
  const at = rows[0]?.refreshed_at as Date | undefined
  return at ? at.toISOString() : null
}

/** Time spent in each node (bottlenecks): slowest average first. */
export async function nodeTimes(db: Queryable, scope: MonitoringScope, filter: MonitoringFilter) {
  const args: unknown[] = []
  if (!filter.status) {
    const { rows } = await db.query(rollupNodesSql(where(scope, filter, args)), args)
    return rows
  }
  const { rows } = await db.query(
    `SELECT f.matter_id AS "matterId", f.node_id AS "nodeId", min(f.node_name) AS "nodeName",
            count(*)::int AS "visits", count(f.working_days)::int AS "completed",
            round(avg(f.working_days)::numeric, 2)::float AS "avgDays",
            round((percentile_disc(0.9) WITHIN GROUP (ORDER BY f.working_days))::numeric, 2)::float AS "p90Days",
            round(max(f.working_days)::numeric, 2)::float AS "maxDays"
       FROM monitoring_node_facts f WHERE ${where(scope, filter, args)}
      GROUP BY 1, 2 ORDER BY "avgDays" DESC NULLS LAST, 1, 2 LIMIT 500`,
    args,
  )
  return rows
}

/**
 * Past this many cases a drill-down's total is reported as "at least" (`totalCapped`), like the
 * inbox counts: the exact count of a quarter's late cases was the slowest dashboard query
 * (170 ms on the generated 1M-case database), and nobody pages that far: they filter.
 */
export const DRILL_COUNT_CAP = 1000

/**
 * Drill-down: the cases behind a figure (same filter + measure), newest first, paged. `total`
 * stops at {@link DRILL_COUNT_CAP} (`totalCapped`: there are more); `count: false` skips it.
 */
export async function caseList(
  db: Queryable,
  scope: MonitoringScope,
  filter: MonitoringFilter,
  page: { limit: number; offset: number; count?: boolean },
): Promise<{ total: number; totalCapped: boolean; items: Array<Record<string, unknown>> }> {
  const args: unknown[] = []
  const conds = [where(scope, filter, args), measureSql(filter.measure)]
  if (filter.nodeId) {
    args.push(filter.nodeId)
    conds.push(
      `EXISTS (SELECT 1 FROM monitoring_node_facts n WHERE n.case_id = f.case_id AND n.node_id = $${args.length})`,
    )
  }
  const clause = conds.join(' AND ')
  const counted =
    page.count === false
      ? 0
      : Number(
          (
            await db.query(
              `SELECT count(*)::int AS n FROM (SELECT 1 FROM monitoring_case_facts f WHERE ${clause} LIMIT ${DRILL_COUNT_CAP + 1}) x`,
              args,
            )
          ).rows[0]?.n ?? 0,
        )
  const { rows } = await db.query(
    `SELECT c.id, c.no, c.title, f.matter_id AS "matterId", f.accepting_org_id AS "orgId", f.region_id AS "regionId",
            f.status, f.card, f.submitted_at AS "submittedAt", f.finished_at AS "finishedAt",
            c.promised_deadline AS "promisedDeadline", f.handling_days AS "handlingDays", f.on_time AS "onTime",
            f.returns, f.online
       FROM monitoring_case_facts f JOIN cases c ON c.id = f.case_id
      WHERE ${clause}
      ORDER BY f.submitted_day DESC, f.case_id DESC LIMIT ${page.limit} OFFSET ${page.offset}`,
    args,
  )
  return { total: Math.min(counted, DRILL_COUNT_CAP), totalCapped: counted > DRILL_COUNT_CAP, items: rows }
}

/** Whether a case is inside the scope (its accepting organisation). */
export async function caseInScope(db: Queryable, scope: MonitoringScope, caseId: string): Promise<boolean> {
  const args: unknown[] = [caseId]
  const { rowCount } = await db.query(
    `SELECT 1 FROM cases c WHERE c.id = $1 AND ${scopeSql(scope, args, 'c')}`,
    args,
  )
  return (rowCount ?? 0) > 0
}

/** The working calendar of a case: the one its matter version names when it exists, else `default`. */
export async function caseCalendar(db: Queryable, caseId: string): Promise<WorkingCalendar> {
  const { rows } = await db.query(
    `SELECT k.doc FROM cases c
       JOIN matter_versions v ON v.matter_id = c.matter_id AND v.version = c.matter_version
       JOIN calendars k ON k.id = v.bundle->'matter'->>'calendarId'
      WHERE c.id = $1`,
    [caseId],
  )
  return (rows[0]?.doc as WorkingCalendar | undefined) ?? loadDefaultCalendar(db)
}

const round3 = (n: number) => Math.round(n * 1000) / 1000
const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : d)

/**
 * A case's trace: every task across departments on one timeline (who, which department — the
 * assignee's primary one — and the department the task acted for: the delegator's for a 委派 task,
 * else the assignee's; when, how long in working days on the case's calendar: open steps count up
 * to `now`), the 补正 pauses with their working-day length (an open pause up to `now`) and the
 * case-level events (returns, cards, pauses).
 */
export async function caseTrace(db: Queryable, caseId: string, calendar: WorkingCalendar, now: Date) {
  const head = await db.query(
    `SELECT c.id, c.no, c.title, c.matter_id AS "matterId", c.status, c.card, c.submitted_at AS "submittedAt",
            c.finished_at AS "finishedAt", c.promised_deadline AS "promisedDeadline", c.legal_deadline AS "legalDeadline",
            f.handling_days AS "handlingDays"
       FROM cases c LEFT JOIN monitoring_case_facts f ON f.case_id = c.id WHERE c.id = $1`,
    [caseId],
  )
  const primaryOrg = (person: string) =>
    `(SELECT o.id FROM memberships m JOIN organisations o ON o.id = m.org_id
       WHERE m.person_id = ${person} ORDER BY m.is_primary DESC, o.id LIMIT 1)`
  const steps = await db.query(
    `SELECT s.*, (SELECT o.name FROM organisations o WHERE o.id = s."orgId") AS "orgName",
            (SELECT o.name FROM organisations o WHERE o.id = s."actedForOrgId") AS "actedForOrgName"
       FROM (SELECT t.id AS "taskId", t.node_id AS "nodeId", t.node_name AS "nodeName", t.kind, t.status, t.outcome,
                    t.assignee_id AS "assigneeId", p.name AS "assigneeName", t.owner_id AS "ownerId",
                    ${primaryOrg('t.assignee_id')} AS "orgId",
                    ${primaryOrg('coalesce(t.owner_id, t.assignee_id)')} AS "actedForOrgId",
                    t.created_at AS "startedAt", t.completed_at AS "completedAt", t.due_at AS "dueAt", t.card
               FROM tasks t LEFT JOIN people p ON p.id = t.assignee_id
              WHERE t.case_id = $1 ORDER BY t.created_at, t.id) s`,
    [caseId],
  )
  const events = await db.query(
    `SELECT e.seq, e.type, e.at, e.actor_id AS "actorId", e.node_id AS "nodeId", e.task_id AS "taskId"
       FROM case_events e
      WHERE e.case_id = $1 AND e.type IN ('case.submitted', 'case.returned', 'case.resubmitted', 'case.completed',
            'case.rejected', 'case.withdrawn', 'case.cancelled', 'card.yellow', 'card.red', 'clock.paused', 'clock.resumed',
            'node.entered', 'node.completed')
      ORDER BY e.seq`,
    [caseId],
  )
  const nowIso = now.toISOString()
  return {
    case: head.rows[0],
    steps: steps.rows.map((r) => {
      const end = r.completedAt ? iso(r.completedAt) : nowIso
      return {
        ...r,
        open: !r.completedAt,
        workingDays: round3(Math.max(0, workingDaysBetween(calendar, iso(r.startedAt), end))),
      }
    }),
    pauses: pausesOf(events.rows as Array<{ type: string; at: Date }>).map((p) => ({
      from: p.from,
      to: p.to ?? null,
      open: p.to === undefined,
      workingDays: round3(Math.max(0, workingDaysBetween(calendar, p.from, p.to ?? nowIso))),
    })),
    events: events.rows,
    calendarId: calendar.id,
    now: nowIso,
  }
}
