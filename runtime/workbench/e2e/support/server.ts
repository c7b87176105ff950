import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export interface RunningServer {
  baseUrl: string
  pid: number
  dataDir: string
  output(): string
}

/**
 * Start the real server as a child process in its own process group: a fresh DATA_DIR (embedded
 * PostgreSQL), the examples seeded, the demo password set, port chosen by the OS, the built
 * workbench served at `/`. Resolves once /healthz answers.
 */
export async function startServer(opts: { workbenchDist: string; password: string }): Promise<RunningServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-wb-e2e-'))
  // Embedded PostgreSQL runs as the `postgres` user when we are root: it must reach its folder.
  fs.chmodSync(dataDir, 0o755)
  const child = spawn(process.execPath, [path.join(__dirname, 'server-child.cjs')], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
      SEED_ON_EMPTY: 'true',
      TONGBAN_DEMO_PASSWORD: opts.password,
      WORKBENCH_DIST: opts.workbenchDist,
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
    const port = await waitFor(
      child,
      () => /API docs\s*: http:\/\/[\w.]+:(\d+)/.exec(out)?.[1],
      180_000,
      () => out,
    )
    baseUrl = `http://127.0.0.1:${port}`
    await waitFor(
      child,
      async () => ((await fetch(`${baseUrl}/healthz`).catch(() => undefined))?.ok ? true : undefined),
      60_000,
      () => out,
    )
  } catch (e) {
    // A server that never came up leaves neither processes nor its DATA_DIR behind.
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
