import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import pino from 'pino'
import { createApp, type App } from '../../src/app'
import { loadConfig, type Config } from '../../src/config'
import { createPool, createSavePool, migrate, type Pool } from '../../src/libraries/db'
import { migrateQueue, startWorker, type Worker } from '../../src/libraries/queue/queue'
import { workerTasks } from '../../src/worker-tasks'
import { savePoolSize } from '../../src/components/cases/domain/save-batcher'
import { ApiClient } from './http-client'
import { createTestDatabase, type TestDatabase } from './test-db'

export interface TestApp {
  baseUrl: string
  pool: Pool
  /** Where the one-statement saves run (see createSavePool), unless saveStatementsInFlight is 0. */
  savePool: Pool | undefined
  db: TestDatabase
  app: App
  config: Config
  client(): ApiClient
  /** Start the job worker (timers, webhooks) in this process. */
  startWorker(): Promise<Worker>
  close(): Promise<void>
}

/** The real app on its own database, listening on an ephemeral loopback port. */
export async function startTestApp(
  overrides: Partial<Config> = {},
  options: { db?: TestDatabase; clock?: () => Date } = {},
): Promise<TestApp> {
  const db = options.db ?? (await createTestDatabase())
  const config = loadConfig(
    {},
    {
      logLevel: 'silent',
      databaseUrl: db.url,
      // Attachments of this test database, never the package's ./data.
      dataDir: path.join(os.tmpdir(), `tongban-${db.name}`),
      runWorker: false,
      seedOnEmpty: false,
      loginRateLimitPerMinute: 1000,
      ...overrides,
    },
  )
  const pool = createPool(db.url, 60)
  await migrate(pool, { extra: () => migrateQueue(pool) })
  // As src/server.ts has it: saves go together on their own pool.
  const savePool =
    config.saveStatementsInFlight > 0 ? createSavePool(db.url, savePoolSize(config.saveStatementsInFlight)) : undefined
  const app = createApp({
    config,
    pool,
    ...(savePool ? { savePool } : {}),
    logger: pino({ level: 'silent' }),
    ...(options.clock ? { clock: options.clock } : {}),
  })
  const workers: Worker[] = []
  const server = http.createServer(app.app)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const baseUrl = `http://127.0.0.1:${port}`
  return {
    baseUrl,
    pool,
    savePool,
    db,
    app,
    config,
    client: () => new ApiClient(baseUrl),
    startWorker: async () => {
      const w = await startWorker(pool, workerTasks(app.caseDeps), { concurrency: 2, pollMs: 200 })
      workers.push(w)
      return w
    },
    close: async () => {
      for (const w of workers) await w.stop()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await savePool?.end()
      await pool.end()
      if (!options.db) await db.drop()
    },
  }
}
