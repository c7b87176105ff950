import type { Queryable } from '../../../libraries/db'
import { enqueue } from '../../../libraries/queue/queue'
import type { AuditEntry } from '../../audit/data-access/audit-repository'

/** The graphile-worker task that recomputes a calendar's cases after an edit. */
export const CALENDAR_RECOMPUTE_TASK = 'monitoring:calendar-recompute'

export type RunStatus = 'queued' | 'running' | 'done' | 'failed'
export type RequestedBy = Pick<AuditEntry, 'actorId' | 'actorKind' | 'ip' | 'requestId'>

/** What the API answers about a recompute run (progress while it runs). */
export interface RecomputeRunView {
  runId: number
  calendarId: string
  status: RunStatus
  reason: string
  /** Open cases on the calendar examined so far, and those whose deadlines or timers moved. */
  examined: number
  changed: number
  conflicts: number
  /** Cases whose monitoring facts were recomputed (null until that phase is done). */
  facts: number | null
  error: string | null
  queuedAt: string
  startedAt: string | null
  finishedAt: string | null
}

const VIEW = `id::int AS "runId", calendar_id AS "calendarId", status, reason, examined, changed, conflicts, facts, error,
  queued_at AS "queuedAt", started_at AS "startedAt", finished_at AS "finishedAt"`

/**
 * Record a recompute run of `calendarId` and queue its job in the caller's transaction (it runs
 * once the edit commits). Runs queued while one waits share its job (same key: one recompute
 * covers them); jobs of one calendar run one at a time (their own queue).
 */
export async function queueCalendarRecompute(
  db: Queryable,
  calendarId: string,
  reason: string,
  requestedBy: RequestedBy,
): Promise<RecomputeRunView> {
  const { rows } = await db.query(
    `INSERT INTO monitoring_recompute_runs (calendar_id, reason, requested_by) VALUES ($1, $2, $3) RETURNING ${VIEW}`,
    [calendarId, reason, requestedBy],
  )
  await enqueue(
    db,
    CALENDAR_RECOMPUTE_TASK,
    { calendarId },
    { jobKey: `${CALENDAR_RECOMPUTE_TASK}:${calendarId}`, queueName: `${CALENDAR_RECOMPUTE_TASK}:${calendarId}`, maxAttempts: 5 },
  )
  return view(rows[0])
}

export async function getRecomputeRun(db: Queryable, calendarId: string, runId: number): Promise<RecomputeRunView | null> {
  const { rows } = await db.query(
    `SELECT ${VIEW} FROM monitoring_recompute_runs WHERE calendar_id = $1 AND id = $2`,
    [calendarId, runId],
  )
  return rows[0] ? view(rows[0]) : null
}

export async function listRecomputeRuns(db: Queryable, calendarId: string, limit = 20): Promise<RecomputeRunView[]> {
  const { rows } = await db.query(
    `SELECT ${VIEW} FROM monitoring_recompute_runs WHERE calendar_id = $1 ORDER BY id DESC LIMIT $2`,
    [calendarId, limit],
  )
  return rows.map(view)
}

/** Claim the calendar's waiting runs (and any left running by a failed attempt). */
export async function claimRuns(db: Queryable, calendarId: string): Promise<Array<{ id: number; requestedBy: RequestedBy }>> {
  const { rows } = await db.query(
    `UPDATE monitoring_recompute_runs SET status = 'running', started_at = coalesce(started_at, now()), error = NULL
      WHERE calendar_id = $1 AND status IN ('queued', 'running')
      RETURNING id::int AS id, requested_by AS "requestedBy"`,
    [calendarId],
  )
  return rows as Array<{ id: number; requestedBy: RequestedBy }>
}

export async function updateRuns(
  db: Queryable,
  ids: number[],
  change: Partial<{ status: RunStatus; examined: number; changed: number; conflicts: number; facts: number; error: string }>,
): Promise<void> {
  const finished = change.status === 'done' || change.status === 'failed'
  await db.query(
    `UPDATE monitoring_recompute_runs SET status = coalesce($2, status), examined = coalesce($3, examined),
       changed = coalesce($4, changed), conflicts = coalesce($5, conflicts), facts = coalesce($6, facts),
       error = coalesce($7, error), finished_at = CASE WHEN $8 THEN now() ELSE finished_at END
      WHERE id = ANY($1::bigint[])`,
    [
      ids,
      change.status ?? null,
      change.examined ?? null,
      change.changed ?? null,
      change.conflicts ?? null,
      change.facts ?? null,
      change.error ?? null,
      finished,
    ],
  )
}

function view(r: Record<string, unknown>): RecomputeRunView {
  const iso = (d: unknown) => (d instanceof Date ? d.toISOString() : ((d as string | null) ?? null))
  return {
    ...(r as unknown as RecomputeRunView),
    queuedAt: iso(r.queuedAt) as string,
    startedAt: iso(r.startedAt),
    finishedAt: iso(r.finishedAt),
  }
}
