import type { WorkingCalendar } from '@tongban/schemas'
import { isWorkingDay } from '@tongban/flow-engine'
import { inTransaction, type Pool, type Queryable } from '../../../libraries/db'
import { notifyLeadersOfCards } from './leader-notices'
import { rebuildRollup } from './rollup'

/** The calendar the platform counts with (`default`), or weekends only until one is imported. */
export async function loadDefaultCalendar(db: Queryable): Promise<WorkingCalendar> {
  const { rows } = await db.query(`SELECT doc FROM calendars WHERE id = 'default'`)
  return (
    (rows[0]?.doc as WorkingCalendar | undefined) ?? {
      id: 'default',
      name: '默认（仅周末）',
      weekend: [0, 6],
      timeZone: 'Asia/Shanghai',
      years: {},
    }
  )
}

const FIRST_YEAR = 2015
const LAST_YEAR = 2040

/**
 * Rebuild `monitoring_days` from a calendar (the engine's `isWorkingDay`, so SQL and engine agree):
 * one row per date with the count of working days before it. Call after every calendar edit.
 */
export async function rebuildWorkingDays(db: Queryable, calendar: WorkingCalendar): Promise<number> {
  const days: string[] = []
  const working: boolean[] = []
  const cum: number[] = []
  let count = 0
  for (let t = Date.UTC(FIRST_YEAR, 0, 1); t < Date.UTC(LAST_YEAR + 1, 0, 1); t += 86_400_000) {
    const day = new Date(t).toISOString().slice(0, 10)
    const w = isWorkingDay(calendar, day)
    days.push(day)
    working.push(w)
    cum.push(count)
    if (w) count++
  }
  await db.query('DELETE FROM monitoring_days')
  await db.query(
    `INSERT INTO monitoring_days (day, working, cum_before)
     SELECT * FROM unnest($1::date[], $2::boolean[], $3::int[])`,
    [days, working, cum],
  )
  return days.length
}

/** Figures of one case, computed in SQL: working days with `monitoring_wd`, 补正 pauses paired. */
const CASE_FACTS_SQL = `
INSERT INTO monitoring_case_facts AS f (case_id, matter_id, accepting_org_id, region_id, status, card, online,
  submitted_at, submitted_day, finished_at, finished, handling_days, on_time, returns, rejected, refreshed_at)
SELECT c.id, c.matter_id, c.accepting_org_id, c.region_id, c.status, c.card,
       coalesce(c.data->>'channel', 'online') NOT IN ('counter', 'offline', 'paper'),
       c.submitted_at, (c.submitted_at AT TIME ZONE $2)::date, c.finished_at, c.finished_at IS NOT NULL,
       greatest(0, monitoring_wd(coalesce(c.finished_at, $3), $2) - monitoring_wd(c.submitted_at, $2)
         - coalesce(ev.resumed_wd - ev.paused_wd + (ev.n_paused - ev.n_resumed) * monitoring_wd(coalesce(c.finished_at, $3), $2), 0)),
       CASE WHEN c.finished_at IS NULL THEN NULL
            ELSE c.promised_deadline IS NULL OR c.finished_at <= c.promised_deadline END,
       coalesce(ev.returns, 0) + (SELECT count(*) FROM tasks t WHERE t.case_id = c.id AND t.outcome = 'returned' AND t.kind <> 'correction'),
       c.status = 'rejected', now()
  FROM cases c
  LEFT JOIN LATERAL (
    SELECT count(*) FILTER (WHERE e.type = 'case.returned') AS returns,
           count(*) FILTER (WHERE e.type = 'clock.paused') AS n_paused,
           count(*) FILTER (WHERE e.type = 'clock.resumed') AS n_resumed,
           coalesce(sum(monitoring_wd(e.at, $2)) FILTER (WHERE e.type = 'clock.paused'), 0) AS paused_wd,
           coalesce(sum(monitoring_wd(e.at, $2)) FILTER (WHERE e.type = 'clock.resumed'), 0) AS resumed_wd
      FROM case_events e
     WHERE e.case_id = c.id AND e.type IN ('case.returned', 'clock.paused', 'clock.resumed')
  ) ev ON true
 WHERE c.id = ANY($1::text[]) AND c.submitted_at IS NOT NULL
ON CONFLICT (case_id) DO UPDATE SET status = EXCLUDED.status, card = EXCLUDED.card, online = EXCLUDED.online,
  matter_id = EXCLUDED.matter_id, accepting_org_id = EXCLUDED.accepting_org_id, region_id = EXCLUDED.region_id,
  submitted_at = EXCLUDED.submitted_at, submitted_day = EXCLUDED.submitted_day, finished_at = EXCLUDED.finished_at,
  finished = EXCLUDED.finished, handling_days = EXCLUDED.handling_days, on_time = EXCLUDED.on_time,
  returns = EXCLUDED.returns, rejected = EXCLUDED.rejected, refreshed_at = EXCLUDED.refreshed_at`

/** Node visits: each node.entered paired with the next event of the same node in the case. */
const NODE_FACTS_SQL = `
INSERT INTO monitoring_node_facts (case_id, seq, node_id, node_name, matter_id, accepting_org_id, region_id,
  submitted_day, entered_at, completed_at, working_days)
SELECT v.case_id, v.seq, v.node_id,
       coalesce((SELECT t.node_name FROM tasks t WHERE t.case_id = v.case_id AND t.node_id = v.node_id LIMIT 1), v.node_id),
       f.matter_id, f.accepting_org_id, f.region_id, f.submitted_day, v.at, v.done_at,
       CASE WHEN v.done_at IS NULL THEN NULL
            ELSE greatest(0, monitoring_wd(v.done_at, $2) - monitoring_wd(v.at, $2)) END
  FROM (SELECT e.case_id, e.seq, e.type, e.node_id, e.at,
               CASE WHEN lead(e.type) OVER w = 'node.completed' THEN lead(e.at) OVER w END AS done_at
          FROM case_events e
         WHERE e.case_id = ANY($1::text[]) AND e.type IN ('node.entered', 'node.completed') AND e.node_id IS NOT NULL
        WINDOW w AS (PARTITION BY e.case_id, e.node_id ORDER BY e.seq)) v
  JOIN monitoring_case_facts f ON f.case_id = v.case_id
 WHERE v.type = 'node.entered'`

// Full: walk the primary key. Incremental: the updated_at index (0100). Open cases that did not
// change are not recomputed: the figures use handling time of finished cases only, and an open
// case's card and status change through a transition (which bumps updated_at).
const FULL_BATCH_SQL = `SELECT id FROM cases WHERE id > $1 AND submitted_at IS NOT NULL ORDER BY id LIMIT $2`
const CHANGED_SQL = `SELECT id FROM cases WHERE updated_at >= $1 AND submitted_at IS NOT NULL`

export interface RefreshResult {
  cases: number
  /** Leaders told about new yellow/red cards. */
  leaderNotices: number
  watermark: string
}

/**
 * Bring the fact tables up to date: every case changed since the last refresh (an open case's
 * `handling_days` is "so far, at its last change"; figures use finished cases only), in batches of
 * `batch` cases, each in its own short transaction. `full` recomputes every case (after a calendar
 * edit).
 */
export async function refreshFacts(
  pool: Pool,
  options: { now: Date; full?: boolean; batch?: number; timeZone?: string },
): Promise<RefreshResult> {
  const batch = options.batch ?? 5000
  const tz = options.timeZone ?? (await loadDefaultCalendar(pool)).timeZone ?? 'Asia/Shanghai'
  const { rows: days } = await pool.query('SELECT count(*)::int AS n FROM monitoring_days')
  if (!days[0]?.n) await rebuildWorkingDays(pool, await loadDefaultCalendar(pool))
  const state = await pool.query(`SELECT watermark FROM monitoring_refresh_state WHERE id = 1`)
  const since: Date = options.full || !state.rows[0] ? new Date(0) : state.rows[0].watermark
  // A second of overlap: rows committed with an earlier updated_at after we read are caught next time.
  const from = new Date(since.getTime() - 1000)
  const high = await pool.query(`SELECT coalesce(max(updated_at), now()) AS m FROM cases`)
  const watermark: Date = high.rows[0].m
  let total = 0
  const apply = async (ids: string[]) => {
    await inTransaction(pool, async (tx) => {
      await tx.query(CASE_FACTS_SQL, [ids, tz, options.now])
      await tx.query('DELETE FROM monitoring_node_facts WHERE case_id = ANY($1::text[])', [ids])
      await tx.query(NODE_FACTS_SQL, [ids, tz])
      if (!options.full) {
        const { rows } = await tx.query(
          `SELECT DISTINCT to_char(submitted_day, 'YYYY-MM-DD') AS d FROM monitoring_case_facts WHERE case_id = ANY($1::text[])`,
          [ids],
        )
        await rebuildRollup(
          tx,
          rows.map((r) => r.d as string),
        )
      }
    })
    total += ids.length
  }
  if (options.full) {
    let lastId = ''
    for (;;) {
      const { rows } = await pool.query(FULL_BATCH_SQL, [lastId, batch])
      if (!rows.length) break
      const ids = rows.map((r) => r.id as string)
      lastId = ids[ids.length - 1] as string
      await apply(ids)
    }
    await inTransaction(pool, (tx) => rebuildRollup(tx, null))
  } else {
    const { rows } = await pool.query(CHANGED_SQL, [from])
    const ids = rows.map((r) => r.id as string)
    for (let i = 0; i < ids.length; i += batch) await apply(ids.slice(i, i + batch))
  }
  const leaderNotices = await notifyLeadersOfCards(pool, from)
  await pool.query(
    `INSERT INTO monitoring_refresh_state (id, watermark, refreshed_at) VALUES (1, $1, now())
     ON CONFLICT (id) DO UPDATE SET watermark = EXCLUDED.watermark, refreshed_at = now()`,
    [watermark],
  )
  return { cases: total, leaderNotices, watermark: watermark.toISOString() }
}
