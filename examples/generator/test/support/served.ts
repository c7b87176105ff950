import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { loadConfig, startServer } from '@tongban/server'
import { DEMO_PASSWORD } from './test-database'

/** The real server on a generated database (no seeding; its job worker polls every 100 ms). */
export async function serverOn(databaseUrl: string): Promise<{ url: string; stop(): Promise<void> }> {
  return startServer(
    loadConfig(
      {},
      {
        databaseUrl,
        port: 0,
        dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'tb-gen-server-')),
        logLevel: 'error',
        seedOnEmpty: false,
        workerPollMs: 100,
      },
    ),
  )
}

/** Log in as a seeded person (the demo password): the session cookie and its CSRF token. */
export async function logIn(url: string, username: string): Promise<{ cookie: string; csrf: string }> {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  })
  if (login.status !== 200) throw new Error(`login ${username}: ${login.status}`)
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')
  // A write carries the session's CSRF token (the tb_csrf cookie) in X-CSRF-Token.
  return { cookie, csrf: /tb_csrf=([^;]+)/.exec(cookie)?.[1] ?? '' }
}

/** Poll `probe` every 100 ms until it is truthy or `ms` have passed. */
export async function eventually(probe: () => Promise<unknown>, ms = 30_000): Promise<void> {
  for (const until = Date.now() + ms; Date.now() < until;) {
    if (await probe()) return
    await new Promise((r) => setTimeout(r, 100))
  }
}
