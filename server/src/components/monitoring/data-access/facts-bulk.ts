import type { WorkingCalendar } from '@tongban/schemas'
import type { Pool, PoolClient, Queryable } from '../../../libraries/db'
import { caseFactsSql, nodeFactsSql } from './facts-sql'
import { rebuildRollup } from './rollup'
import { rebuildWorkingDays, syncWorkingDays } from './working-days'

/** The session advisory lock every writer of the fact tables holds (the refresher tries it). */
export const FACTS_LOCK = 7_160_220_612

const FACT_TABLES = [
  'monitoring_node_facts',
  'monitoring_case_facts',
  'monitoring_daily',
  'monitoring_daily_hist',
  'monitoring_daily_nodes',
  'monitoring_daily_node_hist',
]

/** Run `work` on one connection holding the facts lock (waits for a running refresh). */
export async function withFactsLock<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1)', [FACTS_LOCK])
    try {
      return await work(client)
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [FACTS_LOCK])
    }
  } finally {
    client.release()
  }
}

export async function saveWatermark(db: Queryable, watermark: Date): Promise<void> {
  await db.query(
    `INSERT INTO monitoring_refresh_state (id, watermark, refreshed_at) VALUES (1, $1, now())
     ON CONFLICT (id) DO UPDATE SET watermark = EXCLUDED.watermark, refreshed_at = now()`,
    [watermark],
  )
}

export interface BulkBuildResult {
  /** Case facts written (submitted cases). */
  cases: number
  /** Node visits written. */
  nodes: number
  /** Every case changed up to this instant is in the facts; the incremental refresh goes on from it. */
  watermark: string
  /** Wall time of each phase in ms. */
  phases: Record<string, number>
}

/**
 * Build the monitoring facts of the whole history from scratch, set-based (a handful of SQL
 * statements over `cases`, `tasks` and the event log — no loop per case): every calendar's working
 * days, the case facts, the node visits (with their secondary indexes dropped and rebuilt), the
 * daily rollups and the refresh watermark, in one transaction under the facts lock; then VACUUM
 * ANALYZE so the dashboards' covering indexes answer without the heap. Readers of the fact tables
 * wait while it runs (TRUNCATE). For a database filled behind the API (the load generator) or after
 * a migration; `npm run monitoring:rebuild -w @tongban/server` runs it against DATABASE_URL.
 */
export async function rebuildAllFacts(
  pool: Pool,
  options: {
    now: Date
    vacuum?: boolean
    log?: (phase: string, ms: number) => void
    /** false: the caller already holds the facts lock (the refresher). */
    lock?: boolean
  },
): Promise<BulkBuildResult> {
  const phases: Record<string, number> = {}
  let t = Date.now()
  const phase = (name: string) => {
    const ms = Date.now() - t
    phases[name] = ms
    options.log?.(name, ms)
    t = Date.now()
  }
  const locked = async <T>(work: (client: PoolClient) => Promise<T>): Promise<T> => {
    if (options.lock !== false) return withFactsLock(pool, work)
    const client = await pool.connect()
    try {
      return await work(client)
    } finally {
      client.release()
    }
  }
  const result = await locked(async (db) => {
    await db.query('BEGIN')
    try {
      await db.query(`SET LOCAL work_mem = '256MB'`)
      await db.query(`SET LOCAL maintenance_work_mem = '512MB'`)
      // Whole-table joins: hash joins; a misestimated small side otherwise gets a merge join that
      // sorts the 700k-per-100k-cases node visits for it.
      await db.query(`SET LOCAL enable_mergejoin = off`)
      // The estimates of these whole-history statements are huge: JIT compiled for ~11 s at 100k.
      await db.query(`SET LOCAL jit = off`)
      const { rows: cals } = await db.query(`SELECT doc FROM calendars`)
      for (const c of cals) await rebuildWorkingDays(db, c.doc as WorkingCalendar)
      await syncWorkingDays(db)
      const high = await db.query(`SELECT coalesce(max(updated_at), now()) AS m FROM cases`)
      const watermark: Date = high.rows[0].m
      phase('working-days')
      await db.query(`TRUNCATE ${FACT_TABLES.join(', ')}`)
      // Secondary indexes are built once at the end (a sorted build), not row by row.
      const { rows: indexes } = await db.query(
        `SELECT i.indexname, i.indexdef FROM pg_indexes i
          WHERE i.schemaname = current_schema() AND i.tablename = ANY($1::text[])
            AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname)`,
        [['monitoring_case_facts', 'monitoring_node_facts']],
      )
      for (const i of indexes) await db.query(`DROP INDEX ${quoteIdent(i.indexname as string)}`)
      // Foreign keys to cases: checked once by a join after commit (VALIDATE), not per row (a
      // trigger call per inserted row: 8 s for 100k case facts).
      const { rows: fks } = await db.query(
        `SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
          WHERE contype = 'f' AND conrelid = ANY(ARRAY['monitoring_case_facts'::regclass, 'monitoring_node_facts'::regclass])`,
      )
      for (const k of fks)
        await db.query(`ALTER TABLE ${k.tbl as string} DROP CONSTRAINT ${quoteIdent(k.conname as string)}`)
      const cases = await db.query(caseFactsSql('all'), [[], options.now])
      phase('case-facts')
      const nodes = await db.query(nodeFactsSql('all'), [[]])
      phase('node-facts')
      for (const i of indexes) await db.query(i.indexdef as string)
      phase('indexes')
      await rebuildRollup(db, null)
      phase('rollup')
      await saveWatermark(db, watermark)
      for (const k of fks)
        await db.query(
          `ALTER TABLE ${k.tbl as string} ADD CONSTRAINT ${quoteIdent(k.conname as string)} ${k.def as string} NOT VALID`,
        )
      await db.query('COMMIT')
      for (const k of fks)
        await db.query(`ALTER TABLE ${k.tbl as string} VALIDATE CONSTRAINT ${quoteIdent(k.conname as string)}`)
      phase('foreign-keys')
      return { cases: cases.rowCount ?? 0, nodes: nodes.rowCount ?? 0, watermark: watermark.toISOString() }
    } catch (err) {
      await db.query('ROLLBACK').catch(() => undefined)
      throw err
    }
  })
  if (options.vacuum !== false) {
    await pool.query(`VACUUM (ANALYZE) ${FACT_TABLES.join(', ')}`)
    phase('vacuum-analyze')
  }
  return { ...result, phases }
}

/**
 * Recompute the facts of every case counted on `calendarIds` (or now resolving to one of them),
 * set-based, in one transaction: case facts, their node visits and the rollup days they touch.
 * Call after the calendars' working days were rebuilt. The caller holds the facts lock (or is the
 * refresher, which does). Returns the cases recomputed.
 */
export async function recomputeCalendarFacts(db: Pool | PoolClient, calendarIds: string[], now: Date): Promise<number> {
  const run = async (tx: Queryable) => {
    await tx.query('SET LOCAL jit = off')
    await tx.query('SET LOCAL enable_mergejoin = off')
    const before = await tx.query(
      `SELECT DISTINCT to_char(submitted_day, 'YYYY-MM-DD') AS d FROM monitoring_case_facts WHERE calendar_id = ANY($1::text[])`,
      [calendarIds],
    )
    const cases = await tx.query(caseFactsSql('calendars'), [calendarIds, now])
    await tx.query(
      `DELETE FROM monitoring_node_facts n USING monitoring_case_facts f
        WHERE f.case_id = n.case_id AND f.calendar_id = ANY($1::text[])`,
      [calendarIds],
    )
    await tx.query(nodeFactsSql('calendars'), [calendarIds])
    const after = await tx.query(
      `SELECT DISTINCT to_char(submitted_day, 'YYYY-MM-DD') AS d FROM monitoring_case_facts WHERE calendar_id = ANY($1::text[])`,
      [calendarIds],
    )
    const days = [...new Set([...before.rows, ...after.rows].map((r) => r.d as string))]
    await rebuildRollup(tx, days)
    return cases.rowCount ?? 0
  }
  const client = 'release' in db ? db : await db.connect()
  try {
    await client.query('BEGIN')
    try {
      const n = await run(client)
      await client.query('COMMIT')
      return n
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined)
      throw err
    }
  } finally {
    if (client !== db) client.release()
  }
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`
}
