import type { ChildProcess } from 'node:child_process'

export default async function globalTeardown(): Promise<void> {
  const child = (globalThis as { __tongbanPg?: ChildProcess }).__tongbanPg
  if (!child || child.exitCode !== null) return
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve())
    child.stdin?.end()
    setTimeout(() => child.kill('SIGKILL'), 15_000).unref()
  })
}
