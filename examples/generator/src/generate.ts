import { createPool, migrate } from '@tongban/server'
import pg from 'pg'
import {
  CREATE_TEMPLATE_TABLES,
  DROP_TEMPLATE_TABLES,
  INDEX_TEMPLATE_TABLES,
  insertTemplates,
  type TemplateRow,
} from './database/template-tables'
import { deferChecks, restoreChecks } from './database/bulk-load'
import { expandTemplates, type ExpandCounts } from './database/expand'
import { loadWorld } from './database/load-world'
import { planTemplates, type TemplatePlan } from './plan/plan-templates'
import { compactFinished } from './simulate/compact-events'
import { Random } from './simulate/random'
import { simulateCase } from './simulate/simulate-case'

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
  /** Parallel writer connections (default 2). */
  writers?: number
  onProgress?: (p: GenerateProgress) => void
}

export interface GenerateProgress {
  phase: 'simulate' | 'write' | 'index'
  done: number
  total: number
}

export interface GenerateSummary extends ExpandCounts {
  templates: number
  /** Id prefix of this run's cases (`g1-`, `g2-` …). */
  prefix: string
  /** True when the tables were empty and loaded in one transaction with keys and indexes rebuilt at the end. */
  bulk: boolean
  ms: number
}

const SIMULATE_CHUNK = 400
const CASES_PER_WRITE = 10_000
/** One generator per database at a time (the staging tables are shared). */
const GENERATOR_LOCK = 7_160_220_700

/**
 * Fill a migrated and seeded Tongban database with `cases` cases of realistic history: simulate
 * templates through the real flow engine, stage them in unlogged tables, and copy them out to
 * cases, tasks, case events and timers in the server's schema, batch by batch (one transaction
 * each, on parallel connections). Deterministic for the same seed, `now` and seeded database.
 */
export async function generate(options: GenerateOptions): Promise<GenerateSummary> {
  const started = Date.now()
  const pool = createPool(options.databaseUrl, 1)
  try {
    await migrate(pool)
  } finally {
    await pool.end()
  }
  const db = await connect(options.databaseUrl)
  try {
    const { rows: lock } = await db.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [
      GENERATOR_LOCK,
    ])
    if (!lock[0]?.ok)
      throw new Error('另一个生成器正在写这个库 / another generator is writing to this database')
    const prefix = await runPrefix(db, options.append ?? false)
    const { matters, calendar } = await loadWorld(db)
    const plans = planTemplates({
      cases: options.cases,
      months: options.months,
      now: options.now,
      matters: matters.length,
      matterWeights: matters.map((m) => m.weight),
      calendar,
      seed: options.seed,
    })
    await db.query(DROP_TEMPLATE_TABLES)
    await db.query(CREATE_TEMPLATE_TABLES)
    try {
      const root = new Random(options.seed)
      for (let i = 0; i < plans.length; i += SIMULATE_CHUNK) {
        const rows: TemplateRow[] = []
        for (const plan of plans.slice(i, i + SIMULATE_CHUNK)) {
          const rng = root.fork(plan.index + 1000)
          const matter = matters[plan.matterIndex]!
          const which = rng.int(0, matter.worlds.length - 1)
          const simulated = simulateCase(matter.worlds[which]!, plan.startAt, options.now, rng, plan.draft)
          rows.push({
            tpl: plan.index,
            firstCase: plan.firstCase,
            cases: plan.cases,
            matterId: matter.matterId,
            title: `${matter.bundle.matter.name}（${matter.applicantNames[which]}）`,
            applicantRegionId: matter.applicantRegionIds[which] ?? null,
            acceptingOrgId: matter.bundle.matter.acceptingOrgId,
            regionId: matter.bundle.matter.regionId,
            template: options.fullEvents ? simulated : compactFinished(simulated),
          })
        }
        await insertTemplates(db, rows)
        options.onProgress?.({
          phase: 'simulate',
          done: Math.min(i + SIMULATE_CHUNK, plans.length),
          total: plans.length,
        })
      }
      await db.query(INDEX_TEMPLATE_TABLES)
      // Reserve a block of case numbers so that numbers follow the ordinals (deterministic, parallel-safe).
      const { rows: block } = await db.query<{ first: string }>(
        `SELECT nextval('case_no_seq') AS first, setval('case_no_seq', nextval('case_no_seq') + $1::bigint)`,
        [options.cases],
      )
      const run = { prefix, now: options.now, firstNo: Number(block[0]!.first) }
      const bulk = await isFresh(db)
      const totals = bulk ? await writeBulk(db, options, plans, run) : await writeAll(options, plans, run)
      // Fresh statistics so the first dashboard and inbox queries get good plans.
      await db.query('ANALYZE cases; ANALYZE tasks; ANALYZE case_events; ANALYZE case_timers')
      return { ...totals, templates: plans.length, prefix, bulk, ms: Date.now() - started }
    } finally {
      await db.query(DROP_TEMPLATE_TABLES).catch(() => undefined)
    }
  } finally {
    await db.end()
  }
}

// helpers

async function connect(url: string): Promise<pg.Client> {
  const db = new pg.Client({ connectionString: url, application_name: 'tongban-load-generator' })
  await db.connect()
  return db
}

type Run = { prefix: string; now: string; firstNo: number }

/** Template ranges of ~CASES_PER_WRITE cases each. */
function batchesOf(plans: readonly TemplatePlan[]): Array<[number, number]> {
  const batches: Array<[number, number]> = []
  for (let from = 0; from < plans.length;) {
    let to = from
    let size = 0
    while (to < plans.length && (size === 0 || size + plans[to]!.cases <= CASES_PER_WRITE))
      size += plans[to++]!.cases
    batches.push([from, to])
    from = to
  }
  return batches
}

/**
 * Compress this session's large values (the cases' engine state) with lz4 rather than pglz: half
 * the CPU per case, read back transparently. Skipped when the server was built without lz4.
 */
async function preferLz4(db: pg.ClientBase): Promise<void> {
  await db.query(`SET default_toast_compression = 'lz4'`).catch(() => undefined)
}

/** True when no case, task or event exists yet: the bulk path applies. */
async function isFresh(db: pg.ClientBase): Promise<boolean> {
  const { rows } = await db.query<{ fresh: boolean }>(
    `SELECT NOT EXISTS (SELECT 1 FROM cases) AND NOT EXISTS (SELECT 1 FROM tasks) AND NOT EXISTS (SELECT 1 FROM case_events) AS fresh`,
  )
  return rows[0]?.fresh ?? false
}

/**
 * Empty tables: one transaction that takes the secondary indexes and foreign keys off, copies
 * everything out, and rebuilds and re-checks them before committing (several times faster than
 * maintaining them row by row; all or nothing).
 */
async function writeBulk(
  db: pg.ClientBase,
  options: GenerateOptions,
  plans: readonly TemplatePlan[],
  run: Run,
): Promise<ExpandCounts> {
  const totals: ExpandCounts = { cases: 0, tasks: 0, events: 0, timers: 0 }
  await preferLz4(db)
  await db.query('BEGIN')
  try {
    const deferred = await deferChecks(db)
    for (const [from, to] of batchesOf(plans)) {
      const counts = await expandTemplates(db, run, from, to)
      for (const k of Object.keys(totals) as Array<keyof ExpandCounts>) totals[k] += counts[k]
      options.onProgress?.({ phase: 'write', done: totals.cases, total: options.cases })
    }
    await restoreChecks(db, deferred, (done, total) => options.onProgress?.({ phase: 'index', done, total }))
    await db.query('COMMIT')
  } catch (err) {
    await db.query('ROLLBACK').catch(() => undefined)
    throw err
  }
  return totals
}

/** Copy the templates out in batches of ~CASES_PER_WRITE cases, one transaction each, on `writers` connections. */
async function writeAll(
  options: GenerateOptions,
  plans: readonly TemplatePlan[],
  run: Run,
): Promise<ExpandCounts> {
  const batches = batchesOf(plans)
  const totals: ExpandCounts = { cases: 0, tasks: 0, events: 0, timers: 0 }
  let next = 0
  const worker = async () => {
    const db = await connect(options.databaseUrl)
    await preferLz4(db)
    try {
      for (let b = next++; b < batches.length; b = next++) {
        const [from, to] = batches[b]!
        await db.query('BEGIN')
        try {
          const counts = await expandTemplates(db, run, from, to)
          await db.query('COMMIT')
          for (const k of Object.keys(totals) as Array<keyof ExpandCounts>) totals[k] += counts[k]
        } catch (err) {
          await db.query('ROLLBACK').catch(() => undefined)
          next = batches.length // stop the other writers too
          throw err
        }
        options.onProgress?.({ phase: 'write', done: totals.cases, total: options.cases })
      }
    } finally {
      await db.end()
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, options.writers ?? 2) }, worker))
  return totals
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
