import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

export interface ChildServer {
  baseUrl: string
  process: ChildProcess
  output(): string
  /** SIGTERM and wait for exit (graceful shutdown). */
  stop(): Promise<number | null>
}

/** Start `src/start.ts` in its own Node process with `env`; resolves once it prints its URL. */
export function startChildServer(
  env: Record<string, string>,
  timeoutMs = 90_000,
  nodeArgs: string[] = [],
): Promise<ChildServer> {
  const child = spawn(process.execPath, [...nodeArgs, path.join(__dirname, '..', '..', 'testing', 'server-from-sources.cjs')], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', SEED_ON_EMPTY: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()))
  child.stderr?.on('data', (c: Buffer) => (out += c.toString()))
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`child server did not start:\n${out}`))
    }, timeoutMs)
    const poll = setInterval(() => {
      const m = /API docs\s*: http:\/\/127\.0\.0\.1:(\d+)/.exec(out)
      if (!m) return
      clearInterval(poll)
      clearTimeout(timer)
      resolve({
        baseUrl: `http://127.0.0.1:${m[1]}`,
        process: child,
        output: () => out,
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done(child.exitCode)
            child.once('exit', (code) => done(code))
            child.kill('SIGTERM')
            setTimeout(() => child.kill('SIGKILL'), 15_000).unref()
          }),
      })
    }, 100)
    child.once('exit', (code) => {
      clearInterval(poll)
      clearTimeout(timer)
      reject(new Error(`child server exited (${code}):\n${out}`))
    })
  })
}
