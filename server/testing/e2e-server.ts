import { spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export interface RunningServer {
  baseUrl: string
  pid: number
  dataDir: string
  output(): string
}

/** The built apps the server serves: `WORKBENCH_DIST` at `/`, `DESIGNER_DIST` at `/designer/`. */
export interface AppDists {
  workbench: string
  designer?: string
}

/**
 * Start the real server from its sources as a child process in its own process group: a fresh
 * DATA_DIR (embedded PostgreSQL), the examples seeded, the demo password set, a port chosen by the
 * OS, the given built apps served. Resolves once /healthz answers; a server that never comes up
 * leaves neither processes nor its DATA_DIR behind.
 */
export async function startServer(opts: { dists: AppDists; password: string }): Promise<RunningServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-e2e-'))
  // Embedded PostgreSQL runs as the `postgres` user when we are root: it must reach its folder.
  fs.chmodSync(dataDir, 0o755)
  const child = spawn(process.execPath, [path.join(__dirname, 'server-from-sources.cjs')], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
      SEED_ON_EMPTY: 'true',
      TONGBAN_DEMO_PASSWORD: opts.password,
      WORKBENCH_DIST: opts.dists.workbench,
      ...(opts.dists.designer ? { DESIGNER_DIST: opts.dists.designer } : {}),
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
      LOCKOUT_THRESHOLD: '1000',
      SESSION_IDLE_MINUTES: '120',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let out = ''
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()))
  child.stderr?.on('data', (c: Buffer) => (out += c.toString()))
  let baseUrl: string
  try {
    const port = await waitFor(child, () => /API docs\s*: http:\/\/[\w.]+:(\d+)/.exec(out)?.[1], 180_000, () => out)
    baseUrl = `http://127.0.0.1:${port}`
    await waitFor(
      child,
      async () => ((await fetch(`${baseUrl}/healthz`).catch(() => undefined))?.ok ? true : undefined),
      60_000,
      () => out,
    )
  } catch (e) {
    await stopServer(child.pid as number, dataDir)
    throw e
  }
  child.stdout?.removeAllListeners('data')
  child.stderr?.removeAllListeners('data')
  child.stdout?.resume()
  child.stderr?.resume()
  child.unref()
  return { baseUrl, pid: child.pid as number, dataDir, output: () => out }
}

/** SIGTERM the server's process group (graceful: it stops its PostgreSQL), SIGKILL after 20 s. */
export async function stopServer(pid: number, dataDir: string | undefined): Promise<void> {
  const alive = () => {
    try {
      process.kill(pid, 0)
      return true
    } catch {
      return false
    }
  }
  try {
    process.kill(-pid, 'SIGTERM')
  } catch {
    // already gone
  }
  const until = Date.now() + 20_000
  while (alive() && Date.now() < until) await new Promise((r) => setTimeout(r, 200))
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {
    // the group has exited
  }
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
}

/**
 * A jest global setup's server: started with a random demo password, its address and password
 * handed to the tests through `TB_E2E_*` (read them with {@link e2eEnv}). `TB_E2E_BASE_URL`
 * (with `TB_E2E_PASSWORD`) set beforehand reuses a server you started yourself instead.
 */
export async function startE2eServer(dists: AppDists): Promise<void> {
  if (process.env.TB_E2E_BASE_URL) return
  const started = Date.now()
  const password = `E2e-${crypto.randomBytes(6).toString('hex')}`
  const server = await startServer({ dists, password })
  process.env.TB_E2E_BASE_URL = server.baseUrl
  process.env.TB_E2E_PASSWORD = password
  process.env.TB_E2E_SERVER_PID = String(server.pid)
  process.env.TB_E2E_DATA_DIR = server.dataDir
  process.stdout.write(`\n[e2e] server ${server.baseUrl} ready after ${((Date.now() - started) / 1000).toFixed(1)} s\n`)
}

/** The jest global teardown: stop the server {@link startE2eServer} started (its PostgreSQL too). */
export async function stopE2eServer(): Promise<void> {
  const pid = Number(process.env.TB_E2E_SERVER_PID)
  if (pid) await stopServer(pid, process.env.TB_E2E_DATA_DIR)
}

/** Where the global setup's server listens, and the demo password it was seeded with. */
export function e2eEnv(): { baseUrl: string; password: string } {
  const baseUrl = process.env.TB_E2E_BASE_URL
  const password = process.env.TB_E2E_PASSWORD
  if (!baseUrl || !password)
    throw new Error('TB_E2E_BASE_URL / TB_E2E_PASSWORD not set: run through e2e/jest.e2e.config.cjs')
  return { baseUrl, password }
}

// helpers

async function waitFor<T>(
  child: ChildProcess,
  probe: () => T | undefined | Promise<T | undefined>,
  ms: number,
  out: () => string,
): Promise<T> {
  const until = Date.now() + ms
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${out()}`)
    const v = await probe()
    if (v !== undefined) return v
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`server did not start in ${ms} ms:\n${out()}`)
}
