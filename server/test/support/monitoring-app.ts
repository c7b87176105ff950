import type { Pool } from '../../src/libraries/db'
import { PASSWORD, seedDirectory } from './fixtures'
import { ApiClient } from './http-client'
import { buildMonitoringHistory } from './monitoring-history'
import { startTestApp, type TestApp } from './test-app'

/** The monitoring tests' clock: the hand-built history is dated around it. */
export const MONITORING_NOW = new Date('2026-03-06T01:00:00.000Z')

export interface MonitoringApp {
  readonly pool: Pool
  readonly baseUrl: string
  /** A client logged in as `username` (fixture password). */
  as(username: string): Promise<ApiClient>
}

/**
 * Register beforeAll/afterAll that start the app on the fixed clock, seed the directory and the
 * hand-built history (5 cases) and refresh the facts fully. Each test file gets its own database.
 */
export function useMonitoringApp(): MonitoringApp {
  let t: TestApp | undefined
  beforeAll(async () => {
    t = await startTestApp({}, { clock: () => MONITORING_NOW })
    await seedDirectory(t.pool)
    await buildMonitoringHistory(t.pool)
    const admin = await app.as('admin')
    const refreshed = await admin.post('/api/monitoring/refresh?full=true')
    expect(refreshed.status).toBe(200)
    expect(refreshed.body.cases).toBe(5)
  })
  afterAll(async () => {
    await t?.close()
  })
  const started = (): TestApp => {
    if (!t) throw new Error('the monitoring app is not started yet (use it inside tests)')
    return t
  }
  const app: MonitoringApp = {
    get pool() {
      return started().pool
    },
    get baseUrl() {
      return started().baseUrl
    },
    async as(username: string) {
      const c = new ApiClient(started().baseUrl)
      const res = await c.login(username, PASSWORD)
      if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`)
      return c
    },
  }
  return app
}
