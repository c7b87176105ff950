import { inTransaction, type Pool, type Queryable } from '../../../libraries/db'
import { caseFactsSql, nodeFactsSql } from './facts-sql'
import { notifyLeadersOfCards } from './leader-notices'
import { rebuildAllFacts, recomputeCalendarFacts, saveWatermark } from './facts-bulk'
import { rebuildRollup } from './rollup'
import { syncWorkingDays } from './working-days'

export { loadDefaultCalendar, rebuildWorkingDays } from './working-days'

// Incremental: the updated_at index (0100). Open cases that did not change are not recomputed: the
// figures use handling time of finished cases only, and an open case's card and status change
// through a transition (which bumps updated_at).
const CHANGED_SQL = `SELECT id FROM cases WHERE updated_at >= $1 AND submitted_at IS NOT NULL`

export interface RefreshResult {
  cases: number
  /** Leaders told about new yellow/red cards. */
  leaderNotices: number
  watermark: string
  /** Calendars whose working days were (re)built and whose cases' facts were recomputed. */
  calendars?: string[]
}

/** Recompute the facts (case, node visits, rollup days) of these cases in one transaction. */
export async function refreshCases(db: Queryable, ids: string[], now: Date): Promise<void> {
  // Short statements over a batch: JIT compilation (triggered by big estimates) costs more than it saves.
  await db.query('SET LOCAL jit = off')
  await db.query(caseFactsSql('ids'), [ids, now])
  await db.query('DELETE FROM monitoring_node_facts WHERE case_id = ANY($1::text[])', [ids])
  await db.query(nodeFactsSql('ids'), [ids])
  const { rows } = await db.query(
    `SELECT DISTINCT to_char(submitted_day, 'YYYY-MM-DD') AS d FROM monitoring_case_facts WHERE case_id = ANY($1::text[])`,
    [ids],
  )
  await rebuildRollup(
    db,
    rows.map((r) => r.d as string),
  )
}

/**
 * Bring the fact tables up to date: first the working days of calendars changed behind the API
 * (and the facts of every case on them, set-based), then every case changed since the last refresh
 * (an open case's `handling_days` is "so far, at its last change"; figures use finished cases
 * only), in batches of `batch` cases, each in its own short transaction. `full` rebuilds
 * everything with the bulk build ({@link rebuildAllFacts}) and catches up leader notices.
 */
export async function refreshFacts(
  pool: Pool,
  options: { now: Date; full?: boolean; batch?: number },
): Promise<RefreshResult> {
  if (options.full) {
    const r = await rebuildAllFacts(pool, { now: options.now })
    const leaderNotices = await notifyLeadersOfCards(pool, new Date(0))
    return { cases: r.cases, leaderNotices, watermark: r.watermark }
  }
  const batch = options.batch ?? 5000
  // First refresh of a database (or the first after migration 0102): the bulk build, not a
  // recompute calendar by calendar. The refresher holds the facts lock already.
  const state = await pool.query(`SELECT watermark FROM monitoring_refresh_state WHERE id = 1`)
  const since: Date = state.rows[0] ? state.rows[0].watermark : new Date(0)
  // A second of overlap: rows committed with an earlier updated_at after we read are caught next time.
  const from = new Date(since.getTime() - 1000)
  const built = await pool.query('SELECT 1 FROM monitoring_calendars LIMIT 1')
  if (!built.rowCount) {
    const r = await rebuildAllFacts(pool, { now: options.now, lock: false })
    const leaderNotices = await notifyLeadersOfCards(pool, from)
    return { cases: r.cases, leaderNotices, watermark: r.watermark }
  }
  const calendars = await inTransaction(pool, (tx) => syncWorkingDays(tx))
  if (calendars.length) await recomputeCalendarFacts(pool, calendars, options.now)
  const high = await pool.query(`SELECT coalesce(max(updated_at), now()) AS m FROM cases`)
  const watermark: Date = high.rows[0].m
  const { rows } = await pool.query(CHANGED_SQL, [from])
  const ids = rows.map((r) => r.id as string)
  for (let i = 0; i < ids.length; i += batch)
    await inTransaction(pool, (tx) => refreshCases(tx, ids.slice(i, i + batch), options.now))
  const leaderNotices = await notifyLeadersOfCards(pool, from)
  await saveWatermark(pool, watermark)
  return {
    cases: ids.length,
    leaderNotices,
    watermark: watermark.toISOString(),
    ...(calendars.length ? { calendars } : {}),
  }
}

