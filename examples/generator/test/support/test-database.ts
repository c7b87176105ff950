import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import path from 'node:path'
import pg from 'pg'

/** A fresh database for one test file, on the machine's PostgreSQL or an embedded one. */
export interface TestDatabase {
  url: string
  close(): Promise<void>
}

const ROOT = path.resolve(__dirname, '..', '..', '..', '..')
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

/**
 * Migrate and seed through the server's own seed CLI (from sources, via tsx): the server package
 * does not export its seeding function, and this is the path `npm run seed` takes.
 */
export function seedWithServerCli(url: string): void {
  const result = spawnSync(
    path.join(ROOT, 'node_modules', '.bin', 'tsx'),
    [
      '--tsconfig',
      path.join(ROOT, 'examples', 'generator', 'tsconfig.sources.json'),
      path.join(ROOT, 'server', 'src', 'cli', 'seed.ts'),
    ],
    {
      cwd: path.join(ROOT, 'server'),
      env: { ...process.env, DATABASE_URL: url, TONGBAN_DEMO_PASSWORD: DEMO_PASSWORD },
      encoding: 'utf8',
      timeout: 120_000,
    },
  )
  if (result.status !== 0)
    throw new Error(`seed failed (${result.status}): ${result.stderr || result.stdout}`)
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
  const child = spawn(process.execPath, [path.join(__dirname, 'embedded-pg-child.mjs')], {
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
