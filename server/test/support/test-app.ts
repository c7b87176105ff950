import http from 'node:http'
import type { AddressInfo } from 'node:net'
import pino from 'pino'
import { createApp, type App } from '../../src/app'
import { loadConfig, type Config } from '../../src/config'
import { createPool, migrate, type Pool } from '../../src/libraries/db'
import { ApiClient } from './http-client'
import { createTestDatabase, type TestDatabase } from './test-db'

export interface TestApp {
  baseUrl: string
  pool: Pool
  db: TestDatabase
  app: App
  config: Config
  client(): ApiClient
  close(): Promise<void>
}

/** The real app on its own database, listening on an ephemeral loopback port. */
export async function startTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const db = await createTestDatabase()
  const config = loadConfig({}, { logLevel: 'silent', databaseUrl: db.url, runWorker: false, seedOnEmpty: false, loginRateLimitPerMinute: 1000, ...overrides })
  const pool = createPool(db.url, 60)
  await migrate(pool)
  const app = createApp({ config, pool, logger: pino({ level: 'silent' }) })
  const server = http.createServer(app.app)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const baseUrl = `http://127.0.0.1:${port}`
  return {
    baseUrl,
    pool,
    db,
    app,
    config,
    client: () => new ApiClient(baseUrl),
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await pool.end()
      await db.drop()
    },
  }
}
