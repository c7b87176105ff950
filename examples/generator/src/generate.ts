import { createPool, migrate, migrateQueue } from '@tongban/server'
import pg from 'pg'
import { deferChecks, restoreChecks, undoLoad, type DeferredChecks } from './database/bulk-load'
import { backendsCpuMs } from './database/backend-cpu'
import type { ExpandCounts, ExpandTimings } from './database/expand'
import { loadWorld } from './database/load-world'
import {
  ANALYZE_TEMPLATE_TABLES,
  CREATE_TEMPLATE_TABLES,
  DROP_TEMPLATE_TABLES,
} from './database/template-tables'
import { scheduleTimerJobs } from './database/timer-jobs'
import { writeTemplates, type Staged } from './database/write-pipeline'
import { planTemplates } from './plan/plan-templates'
import { MAX_CHILDREN, simulateTemplates } from './simulate/simulate-templates'

export interface GenerateOptions {
  databaseUrl: string
  cases: number
  seed: number
  months: number
  /** The present of the generated history (ISO). Open cases are those still running at this instant. */
  now: string
  /** Add to a database that already holds generated cases. */
  append?: boolean
  /** Keep timer bookkeeping and directory look-ups in finished cases' logs (≈ 1.7× the events). */
  fullEvents?: boolean
  /** Parallel writer connections (default 2: one per core of the machine this was tuned on). */
  writers?: number
  /** Notifications are generated for the last this many days (default 60). */
  notificationDays?: number
  onProgress?: (p: GenerateProgress) => void
}

export interface GenerateProgress {
  phase: 'simulate' | 'write' | 'index'
  done: number
  total: number
}

export interface GenerateSummary extends ExpandCounts {
  templates: number
  /** graphile-worker jobs added for the armed timers of running cases. */
  timerJobs: number
  /** Id prefix of this run's cases (`g1-`, `g2-` …). */
  prefix: string
  /** True when the tables were empty and loaded with their keys and indexes rebuilt at the end. */
  bulk: boolean
  ms: number
  /** Wall time per phase (ms) and the copy-out time per table summed over the writers. */
  phases: Record<string, number>
  /**
   * CPU time per phase (ms) of the run's PostgreSQL connections, when the server runs on this
   * machine (empty otherwise); parallel index workers and autovacuum are not included.
   */
  phasesCpu: Record<string, number>
  /** CPU time of this process during the run (ms): the engine simulation and the staging. */
  nodeCpuMs: number
  copyOut: ExpandTimings
}

/** One generator per database at a time (the staging tables are shared). */
const GENERATOR_LOCK = 7_160_220_700

/**
 * Fill a migrated and seeded Tongban database with `cases` cases of realistic history: simulate
 * templates through the real flow engine and stage them in unlogged tables while `writers`
 * connections copy the staged ones out to cases, tasks, case events, timers, attachments and
 * notifications in the server's schema; then the armed timers get their queue jobs. On empty
 * tables the keys and indexes are taken off during the load and rebuilt in parallel after it.
 * Deterministic for the same seed, `now` and seeded database.
 */
export async function generate(options: GenerateOptions): Promise<GenerateSummary> {
  const started = Date.now()
  const node = process.cpuUsage()
  const phases: Record<string, number> = {}
  let mark = started
  await migrateAll(options.databaseUrl)
  const writers = Math.max(1, options.writers ?? 2)
  const db = await connect(options.databaseUrl)
  const lanes: pg.Client[] = []
  const phasesCpu: Record<string, number> = {}
  let cpuMark: number | undefined = 0
  const phase = (name: string) => {
    const t = Date.now()
    phases[name] = t - mark
    mark = t
    // The run's own connections (parallel index workers and autovacuum are not counted).
    const cpu = backendsCpuMs([db, ...lanes])
    if (cpu !== undefined && cpuMark !== undefined) phasesCpu[name] = cpu - cpuMark
    cpuMark = cpu
  }
  try {
    const { rows: lock } = await db.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [
      GENERATOR_LOCK,
    ])
    if (!lock[0]?.ok)
      throw new Error('另一个生成器正在写这个库 / another generator is writing to this database')
    const prefix = await runPrefix(db, options.append ?? false)
    const world = await loadWorld(db)
    const plans = planTemplates({
      cases: options.cases,
      months: options.months,
      now: options.now,
      matters: world.matters.length,
      matterWeights: world.matters.map((m) => m.weight),
      calendar: world.calendar,
      seed: options.seed,
    })
    await db.query(DROP_TEMPLATE_TABLES)
    await db.query(CREATE_TEMPLATE_TABLES)
    for (let i = 0; i < writers; i++) lanes.push(await connect(options.databaseUrl))
    phase('prepare')
    const copyOut: ExpandTimings = { wall: {}, cpu: {} }
    try {
      // Reserve a block of case numbers so that numbers follow the ordinals (deterministic, parallel-safe);
      // sub-flow children number after the run's cases.
      const { rows: block } = await db.query<{ first: string }>(
        `SELECT nextval('case_no_seq') AS first, setval('case_no_seq', nextval('case_no_seq') + $1::bigint)`,
        [options.cases * (1 + MAX_CHILDREN)],
      )
      const run = { prefix, now: options.now, firstNo: Number(block[0]!.first), cases: options.cases }
      const bulk = await isFresh(db)
      const deferred: DeferredChecks | undefined = bulk ? await deferChecks(db) : undefined
      let totals: ExpandCounts
      try {
        const staged: Staged = { upTo: 0, done: false }
        const notifySince = new Date(
          Date.parse(options.now) - (options.notificationDays ?? 60) * 86_400_000,
        ).toISOString()
        // The simulation (Node) and the copy-out (PostgreSQL) overlap: writers follow the staged templates.
        const writing = writeTemplates(lanes, plans, run, staged, copyOut, (done) =>
          options.onProgress?.({ phase: 'write', done, total: options.cases }),
        )
        writing.catch(() => undefined) // awaited below; a failure also stops the simulation
        await simulateTemplates(db, world.matters, plans, options, notifySince, staged, async (done) => {
          if (staged.failed) throw staged.failed
          if (done === 200 || done === 1000 || done % 2000 < 200) await db.query(ANALYZE_TEMPLATE_TABLES)
          options.onProgress?.({ phase: 'simulate', done, total: plans.length })
        })
        totals = await writing
        phase('simulate+write')
        if (deferred)
          await restoreChecks(lanes, deferred, (done, total) =>
            options.onProgress?.({ phase: 'index', done, total }),
          )
        phase('keys+indexes')
      } catch (err) {
        if (deferred) await undoLoad(db, deferred, prefix).catch(() => undefined)
        throw err
      }
      const timerJobs = await scheduleTimerJobs(db, prefix)
      phase('timer-jobs')
      // Fresh statistics so the first dashboard and inbox queries get good plans, and the visibility
      // maps set now that every writer has committed (an autovacuum during the load cannot: the
      // inbox counts' index-only scans then fetched every heap row, 0.4 → 20 ms on 1M cases).
      // The TOAST table of cases (the engine states) is left to autovacuum: no index-only scan reads it.
      const [a, b] = [lanes[0]!, lanes[1] ?? lanes[0]!]
      const { rows: version } = await a.query<{ v: number }>(
        `SELECT current_setting('server_version_num')::int AS v`,
      )
      const skipToast = (version[0]?.v ?? 0) >= 140000 ? ', PROCESS_TOAST false' : ''
      await Promise.all([
        a.query('VACUUM (ANALYZE) tasks').then(() => a.query('VACUUM (ANALYZE) attachments, notifications')),
        b
          .query(`VACUUM (ANALYZE${skipToast}) cases`)
          .then(() => b.query('ANALYZE case_events; ANALYZE case_timers')),
      ])
      phase('analyze')
      return {
        ...totals,
        templates: plans.length,
        timerJobs,
        prefix,
        bulk,
        ms: Date.now() - started,
        phases,
        phasesCpu,
        nodeCpuMs: cpuMs(process.cpuUsage(node)),
        copyOut,
      }
    } finally {
      await db.query(DROP_TEMPLATE_TABLES).catch(() => undefined)
    }
  } finally {
    for (const lane of lanes) await lane.end().catch(() => undefined)
    await db.end()
  }
}

// helpers

const cpuMs = (u: NodeJS.CpuUsage) => Math.round((u.user + u.system) / 1000)

/** The server's migrations, then the job queue's schema (the timers' jobs live there). */
async function migrateAll(url: string): Promise<void> {
  // Two clients: migrate holds one (its advisory lock) while the queue migrates on another.
  const pool = createPool(url, 2)
  try {
    await migrate(pool, { extra: () => migrateQueue(pool) })
  } finally {
    await pool.end()
  }
}

async function connect(url: string): Promise<pg.Client> {
  const db = new pg.Client({ connectionString: url, application_name: 'tongban-load-generator' })
  await db.connect()
  return db
}

/** True when no case, task or event exists yet: the bulk path applies. */
async function isFresh(db: pg.ClientBase): Promise<boolean> {
  const { rows } = await db.query<{ fresh: boolean }>(
    `SELECT NOT EXISTS (SELECT 1 FROM cases) AND NOT EXISTS (SELECT 1 FROM tasks) AND NOT EXISTS (SELECT 1 FROM case_events)
        AND NOT EXISTS (SELECT 1 FROM attachments) AS fresh`,
  )
  return rows[0]?.fresh ?? false
}

/**
 * `g<run>-`: refuses when generated cases exist unless appending; an append gets the next run
 * number, so its ids never collide with earlier runs (nor with the server's `c-…` ids).
 */
async function runPrefix(db: pg.ClientBase, append: boolean): Promise<string> {
  const { rows } = await db.query<{ run: number | null }>(
    `SELECT max(substring(id FROM '^g([0-9]+)-')::int) AS run FROM cases WHERE id ~ '^g[0-9]+-'`,
  )
  const last = rows[0]?.run ?? null
  if (last !== null && !append)
    throw new Error(
      '数据库中已有生成的办件；追加请加 --append，重新开始请先 npm run seed -- --reset / the database already holds generated cases: pass --append to add more, or reset it first',
    )
  return `g${(last ?? 0) + 1}-`
}
