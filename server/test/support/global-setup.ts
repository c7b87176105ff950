import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

/**
 * One PostgreSQL per test run. `DATABASE_URL` set → that server (its user needs CREATEDB); else an
 * embedded PostgreSQL in a child process. Tests read the admin URL from `TONGBAN_TEST_ADMIN_URL`
 * and each test file creates its own database on it.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env.TONGBAN_TEST_ADMIN_URL = process.env.DATABASE_URL
    process.env.TONGBAN_TEST_DB_KIND = 'external'
    return
  }
  const child = spawn(process.execPath, [path.join(__dirname, '..', '..', 'testing', 'embedded-pg-child.mjs')], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  ;(globalThis as { __tongbanPg?: ChildProcess }).__tongbanPg = child
  const url = await new Promise<string>((resolve, reject) => {
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
  process.env.TONGBAN_TEST_ADMIN_URL = url
  process.env.TONGBAN_TEST_DB_KIND = 'embedded'
}
