import type { CaseState } from '@tongban/flow-engine'
import type { FlowNode, TimeLimits } from '@tongban/schemas'
import type { Queryable } from '../../../libraries/db'

export interface VersionOnCalendar {
  matterId: string
  version: number
  limits: TimeLimits
  nodes: FlowNode[]
}

export interface OpenCaseRow {
  id: string
  state: CaseState
  stateVersion: number
  promisedDeadline: Date | null
  legalDeadline: Date | null
}

/**
 * Matter versions with open cases whose working calendar is `calendarId`: the one their matter
 * names when it exists, else `default`.
 */
export async function versionsUsingCalendar(db: Queryable, calendarId: string): Promise<VersionOnCalendar[]> {
  const { rows } = await db.query(
    `SELECT v.matter_id AS "matterId", v.version, v.bundle->'matter'->'timeLimits' AS limits,
            coalesce(v.bundle->'flow'->'nodes', '[]'::json) AS nodes
       FROM matter_versions v
      WHERE coalesce((SELECT k.id FROM calendars k WHERE k.id = v.bundle->'matter'->>'calendarId'), 'default') = $1
        AND EXISTS (SELECT 1 FROM cases c WHERE c.matter_id = v.matter_id AND c.matter_version = v.version
                       AND c.status IN ('in-progress', 'returned'))
      ORDER BY v.matter_id, v.version`,
    [calendarId],
  )
  return rows as VersionOnCalendar[]
}

/** Open, submitted cases of a matter version after `afterId` (key order), or the one case `onlyId`. */
export async function openCasesBatch(
  db: Queryable,
  v: Pick<VersionOnCalendar, 'matterId' | 'version'>,
  afterId: string,
  limit: number,
  onlyId?: string,
): Promise<OpenCaseRow[]> {
  const { rows } = await db.query(
    `SELECT id, state, state_version AS "stateVersion", promised_deadline AS "promisedDeadline",
            legal_deadline AS "legalDeadline"
       FROM cases
      WHERE matter_id = $1 AND matter_version = $2 AND status IN ('in-progress', 'returned')
        AND submitted_at IS NOT NULL AND id > $3 ${onlyId ? 'AND id = $5' : ''}
      ORDER BY id LIMIT $4`,
    onlyId ? [v.matterId, v.version, afterId, limit, onlyId] : [v.matterId, v.version, afterId, limit],
  )
  return rows as OpenCaseRow[]
}

/** When each timer of these cases was first armed (`case/timer` → instant), from the event log. */
export async function timerStarts(db: Queryable, caseIds: readonly string[]): Promise<Map<string, string>> {
  const { rows } = await db.query(
    `SELECT case_id || '/' || (data->>'timerId') AS key, min(at) AS at
       FROM case_events WHERE case_id = ANY($1::text[]) AND type = 'timer.set'
      GROUP BY case_id, data->>'timerId'`,
    [caseIds],
  )
  return new Map(rows.map((r) => [r.key as string, (r.at as Date).toISOString()]))
}

/** Save the recomputed state and deadline columns if nobody saved since it was read. */
export async function saveRescheduledState(
  db: Queryable,
  row: OpenCaseRow,
  state: CaseState,
  nextVersion: number,
): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE cases SET state = $3, state_version = $4, promised_deadline = $5, legal_deadline = $6, updated_at = now()
      WHERE id = $1 AND state_version = $2`,
    [
      row.id,
      row.stateVersion,
      state,
      nextVersion,
      state.clock?.promisedDeadline ?? null,
      state.clock?.legalDeadline ?? null,
    ],
  )
  return rowCount === 1
}
