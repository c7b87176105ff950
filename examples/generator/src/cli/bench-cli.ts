import fs from 'node:fs'
import { createPool, migrate, migrateQueue, seedExamples } from '@tongban/server'
import pg from 'pg'
import { generate } from '../generate'

/**
 * Measure the generator where the time goes: `tsx … bench-cli.ts <admin-url> <db-name> <cases> [--keep]`
 * creates the database on that (local) server, seeds it as `npm run seed` does, generates, and
 * prints the wall time per phase with the CPU seconds of this process and of the database's
 * PostgreSQL processes (backends, parallel workers, autovacuum: sampled from /proc every 200 ms,
 * so it needs the server on this machine). The CPU figures are the comparable ones on a loaded
 * machine. Drops the database at the end unless `--keep`.
 */
async function main(): Promise<void> {
  const [adminUrl, name, casesArg] = process.argv.slice(2)
  if (!adminUrl || !name || !casesArg || !/^[a-z0-9_]+$/.test(name))
    throw new Error('usage: bench-cli.ts <admin-url> <db-name> <cases> [--keep] [--writers N]')
  const keep = process.argv.includes('--keep')
  const writersAt = process.argv.indexOf('--writers')
  const writers = writersAt > 0 ? Number(process.argv[writersAt + 1]) : 2
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  await admin.query(`CREATE DATABASE ${name}`)
  const u = new URL(adminUrl)
  u.pathname = '/' + name
  const url = u.toString()
  try {
    const pool = createPool(url, 4)
    try {
      await migrate(pool, { extra: () => migrateQueue(pool) })
      await seedExamples(pool, 'bench-password-1')
    } finally {
      await pool.end()
    }
    const sampler = sampleCpu(admin, name)
    let loadCpu: Record<string, number> | undefined
    const summary = await generate({
      databaseUrl: url,
      cases: Number(casesArg),
      seed: 1,
      months: 18,
      now: '2026-11-27T09:00:00.000Z',
      writers,
      // Where the load ends and the keys and indexes begin, for the whole database's CPU split.
      onProgress: (p) => {
        if (p.phase === 'index' && !loadCpu) loadCpu = sampler.snapshot()
      },
    })
    const pgCpu = await sampler.stop()
    const s = (ms: number | undefined) => ((ms ?? 0) / 1000).toFixed(1)
    const sec = (r: Record<string, number | undefined>) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k, s(v)]))
    console.log(
      JSON.stringify({
        cases: summary.cases,
        children: summary.children,
        tasks: summary.tasks,
        events: summary.events,
        wall: s(summary.ms),
        phases: sec(summary.phases),
        phasesCpu: sec(summary.phasesCpu),
        copyOutWall: sec(summary.copyOut.wall),
        copyOutCpu: sec(summary.copyOut.cpu),
        nodeCpu: s(summary.nodeCpuMs),
        // Every process of the database: the run's backends, parallel index workers, autovacuum.
        pgCpuUpToIndexes: loadCpu && sec(loadCpu),
        pgCpu: sec(pgCpu),
      }),
    )
    const { rows } = await admin.query<{ size: string }>(
      `SELECT pg_size_pretty(pg_database_size($1)) AS size`,
      [name],
    )
    console.log('database size', rows[0]?.size)
  } finally {
    if (!keep) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined)
    await admin.end()
  }
}

/** CPU ms of the database's processes per backend type, the highest reading seen per process. */
function sampleCpu(admin: pg.Client, datname: string) {
  const seen = new Map<number, { type: string; ms: number }>()
  const tick = Number(process.env.CLK_TCK ?? 100)
  let stopped = false
  const read = async () => {
    const { rows } = await admin.query<{ pid: number; type: string }>(
      `SELECT pid, coalesce(backend_type, 'other') AS type FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
      [datname],
    )
    for (const r of rows) {
      try {
        const stat = fs.readFileSync(`/proc/${r.pid}/stat`, 'utf8')
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
        const ms = ((Number(fields[11]) + Number(fields[12])) * 1000) / tick
        const prev = seen.get(r.pid)
        if (!prev || ms > prev.ms) seen.set(r.pid, { type: r.type, ms })
      } catch {
        // gone between the query and the read
      }
    }
  }
  const loop = (async () => {
    while (!stopped) {
      await read()
      await new Promise((r) => setTimeout(r, 200))
    }
  })()
  const byType = () => {
    const by: Record<string, number> = {}
    for (const v of seen.values()) by[v.type] = (by[v.type] ?? 0) + v.ms
    return by
  }
  return {
    snapshot: byType,
    stop: async () => {
      stopped = true
      await loop
      await read()
      return byType()
    },
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
