/**
 * Monitoring benchmark on a database filled by the load generator (examples/generator, 1M cases):
 * migrates (0100_monitoring_* adds the fact tables), fills the facts if empty (or
 * BENCH_REFRESH=full), then runs the main inbox queries and the dashboard queries many times with a
 * few concurrent connections and prints `inbox_p95_ms=…` (target < 20) and `dashboard_p95_ms=…`
 * (target < 200).
 *
 * Env: DATABASE_URL (required: the generated database), BENCH_ROUNDS (inbox 400 / dashboard 8×
 * scopes), BENCH_CLIENTS (4), BENCH_REFRESH=full|incremental|skip (default: full only when empty).
 */
import { createPool, migrate, type Pool } from '../src/libraries/db'
import { boxCounts, listBox, type Box } from '../src/components/tasks/data-access/inbox-repository'
import { refreshFacts } from '../src/components/monitoring'
import { rebuildRollup } from '../src/components/monitoring/data-access/rollup'
import { inTransaction } from '../src/libraries/db'
import {
  breakdown,
  caseList,
  nodeTimes,
  summary,
  trend,
} from '../src/components/monitoring/data-access/figures-repository'
import type { MonitoringScope } from '../src/components/monitoring/domain/monitoring-scope'
import { descendantsOf } from '../src/components/directory/data-access/directory-repository'

const URL_ = process.env.DATABASE_URL
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 400)
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 4)

async function main(): Promise<void> {
  if (!URL_) throw new Error('DATABASE_URL: the database the load generator filled')
  const pool = createPool(URL_, CLIENTS + 2)
  try {
    const t0 = Date.now()
    await migrate(pool)
    console.log(`migrate_s=${((Date.now() - t0) / 1000).toFixed(1)}`)
    const { rows: cnt } = await pool.query(
      `SELECT (SELECT count(*) FROM cases)::int AS cases, (SELECT count(*) FROM monitoring_case_facts)::int AS facts`,
    )
    console.log(`cases=${cnt[0].cases} facts_before=${cnt[0].facts}`)
    const mode = process.env.BENCH_REFRESH ?? (cnt[0].facts === 0 ? 'full' : 'incremental')
    if (mode !== 'skip') {
      const t1 = Date.now()
      const { rows: nowRow } = await pool.query(`SELECT coalesce(max(updated_at), now()) AS now FROM cases`)
      const r = await refreshFacts(pool, { now: nowRow[0].now, full: mode === 'full', batch: 5000 })
      console.log(
        `facts_refresh_${mode}_s=${((Date.now() - t1) / 1000).toFixed(1)} refreshed_cases=${r.cases}`,
      )
    }
    const { rows: rolled } = await pool.query('SELECT count(*)::int AS n FROM monitoring_daily')
    if (!rolled[0].n) {
      const t3 = Date.now()
      await inTransaction(pool, (tx) => rebuildRollup(tx, null))
      console.log(`rollup_build_s=${((Date.now() - t3) / 1000).toFixed(1)}`)
    }
    // A vacuumed visibility map lets the covering indexes answer without the heap (index-only scans).
    const t2 = Date.now()
    await pool.query('VACUUM (ANALYZE) monitoring_case_facts')
    await pool.query('VACUUM (ANALYZE) monitoring_node_facts')
    await pool.query(
      'ANALYZE monitoring_daily, monitoring_daily_hist, monitoring_daily_nodes, monitoring_daily_node_hist',
    )
    console.log(`vacuum_analyze_s=${((Date.now() - t2) / 1000).toFixed(1)}`)
    console.log(`inbox_p95_ms=${(await inboxBench(pool)).toFixed(2)}`)
    console.log(`dashboard_p95_ms=${(await dashboardBench(pool)).toFixed(2)}`)
  } finally {
    await pool.end()
  }
}

/** The inbox boxes and counts for people who hold work: todo, done, started pages and the counts. */
async function inboxBench(pool: Pool): Promise<number> {
  const { rows } = await pool.query(
    `(SELECT assignee_id AS id FROM tasks WHERE status = 'open' AND kind <> 'cc' GROUP BY 1 ORDER BY count(*) DESC LIMIT 20)
     UNION (SELECT applicant_id FROM cases TABLESAMPLE SYSTEM (0.1) LIMIT 20)`,
  )
  const people = rows.map((r) => r.id as string)
  const boxes: Box[] = ['todo', 'done', 'started', 'cc']
  const jobs: Array<() => Promise<unknown>> = []
  for (let i = 0; i < ROUNDS; i++) {
    const personId = people[i % people.length] as string
    const box = boxes[i % boxes.length] as Box
    jobs.push(() =>
      i % 5 === 4 ? boxCounts(pool, personId) : listBox(pool, { personId, box, limit: 20, offset: 0 }),
    )
  }
  return p95(await timeAll(jobs))
}

/** Dashboards for three scopes (all, a region, a department), periods of a quarter and a year. */
async function dashboardBench(pool: Pool): Promise<number> {
  const { rows: span } = await pool.query(
    `SELECT to_char(max(submitted_day), 'YYYY-MM-DD') AS last,
            to_char(max(submitted_day) - 90, 'YYYY-MM-DD') AS quarter,
            to_char(max(submitted_day) - 365, 'YYYY-MM-DD') AS year
       FROM monitoring_case_facts`,
  )
  const s = span[0] as { last: string; quarter: string; year: string }
  const { rows: regions } = await pool.query(
    `SELECT region_id FROM monitoring_case_facts GROUP BY 1 ORDER BY count(*) DESC LIMIT 2`,
  )
  const { rows: depts } = await pool.query(
    `SELECT accepting_org_id FROM monitoring_case_facts GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
  )
  const scopes: MonitoringScope[] = [
    { all: true },
    {
      all: false,
      basis: 'region',
      orgIds: await descendantsOf(pool, [regions[regions.length - 1]?.region_id]),
    },
    { all: false, basis: 'department', orgIds: [depts[0]?.accepting_org_id] },
  ]
  const quarter = { from: s.quarter, to: s.last }
  const year = { from: s.year, to: s.last }
  const jobs: Array<() => Promise<unknown>> = []
  const rounds = Math.max(1, Math.round(ROUNDS / 50))
  for (let i = 0; i < rounds; i++)
    for (const scope of scopes) {
      jobs.push(() => summary(pool, scope, quarter))
      jobs.push(() => summary(pool, scope, year))
      jobs.push(() => breakdown(pool, scope, quarter, 'department'))
      jobs.push(() => breakdown(pool, scope, quarter, 'matter'))
      jobs.push(() => breakdown(pool, scope, quarter, 'department', 'onTimeRate'))
      jobs.push(() => trend(pool, scope, year, 'month'))
      jobs.push(() => trend(pool, scope, quarter, 'week'))
      jobs.push(() => nodeTimes(pool, scope, quarter))
      jobs.push(() => caseList(pool, scope, { ...quarter, measure: 'late' }, { limit: 20, offset: 0 }))
    }
  const times = await timeAll(jobs)
  const names = [
    'summary-q',
    'summary-y',
    'by-dept',
    'by-matter',
    'ranking',
    'trend-month-y',
    'trend-week-q',
    'nodes-q',
    'drill-late',
  ]
  for (let k = 0; k < names.length; k++) {
    const own = times.filter((_t, i) => i % names.length === k)
    console.log(`  ${names[k]}: p95 ${p95(own).toFixed(1)} ms, max ${Math.max(...own).toFixed(1)} ms`)
  }
  return p95(times)
}

/** Run the jobs on CLIENTS concurrent lanes; each job's own latency in ms. */
async function timeAll(jobs: Array<() => Promise<unknown>>): Promise<number[]> {
  const times: number[] = new Array(jobs.length)
  let next = 0
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (;;) {
        const i = next++
        if (i >= jobs.length) return
        const t = performance.now()
        await (jobs[i] as () => Promise<unknown>)()
        times[i] = performance.now() - t
      }
    }),
  )
  return times
}

function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] ?? 0
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
