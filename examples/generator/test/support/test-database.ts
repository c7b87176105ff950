import { spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import { createPool, migrate, migrateQueue, seedExamples } from '@tongban/server'
import pg from 'pg'

/** A fresh database for one test file, on the machine's PostgreSQL or an embedded one. */
export interface TestDatabase {
  url: string
  close(): Promise<void>
}

/** The demo people's password the seed sets (the server test logs in with it). */
export const DEMO_PASSWORD = 'generator-test-password-1'

/**
 * `DATABASE_URL` set → a new database on that server (its role needs CREATEDB); otherwise an
 * embedded PostgreSQL in a child process, as the server's tests do. Dropped (or stopped) by close().
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  let child: ChildProcess | undefined
  const adminUrl = process.env.DATABASE_URL ?? (await startEmbedded((c) => (child = c)))
  const name = `tb_gen_test_${crypto.randomBytes(5).toString('hex')}`
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`)
  const u = new URL(adminUrl)
  u.pathname = '/' + name
  return {
    url: u.toString(),
    close: async () => {
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined)
      if (child && child.exitCode === null)
        await new Promise<void>((resolve) => {
          child!.once('exit', () => resolve())
          child!.stdin?.end()
          setTimeout(() => child!.kill('SIGKILL'), 15_000).unref()
        })
    },
  }
}

/** Migrate and seed as `npm run seed` does (the server's `migrate` and `seedExamples`). */
export async function seedDatabase(url: string): Promise<void> {
  const pool = createPool(url, 4) // as the seed CLI: migrate and seeding each hold a client while querying
  try {
    await migrate(pool, { extra: () => migrateQueue(pool) })
    const seeded = await seedExamples(pool, DEMO_PASSWORD)
    if (!seeded) throw new Error(`seed: the test database ${url} was not empty`)
  } finally {
    await pool.end()
  }
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: url })
  await c.connect()
  try {
    await c.query(sql)
  } finally {
    await c.end()
  }
}

function startEmbedded(keep: (c: ChildProcess) => void): Promise<string> {
  const child = spawn(process.execPath, [require.resolve('@tongban/server/testing/embedded-pg-child')], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  keep(child)
  return new Promise<string>((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error('embedded PostgreSQL did not start within 60 s')), 60_000)
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const m = /READY (\S+)/.exec(out)
      if (m) {
        clearTimeout(timer)
        resolve(m[1] as string)
      }
    })
    child.on('exit', (code) => reject(new Error(`embedded PostgreSQL exited (${code})`)))
  })
}

/** Keys, foreign keys and indexes of the tables the generator loads, as `name: definition`, sorted. */
export async function schemaObjects(url: string): Promise<string[]> {
  const c = new pg.Client({ connectionString: url })
  await c.connect()
  try {
    const { rows } = await c.query<{ name: string }>(
      `SELECT conname || ': ' || pg_get_constraintdef(oid) AS name FROM pg_constraint
        WHERE conrelid::regclass::text IN ('cases', 'tasks', 'case_events', 'attachments', 'notifications')
       UNION ALL SELECT indexname || ': ' || indexdef FROM pg_indexes
        WHERE tablename IN ('cases', 'tasks', 'case_events', 'attachments', 'notifications') ORDER BY 1`,
    )
    return rows.map((r) => r.name)
  } finally {
    await c.end()
  }
}
