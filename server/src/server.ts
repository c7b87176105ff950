import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { createApp, type App } from './app'
import type { Config } from './config'
import {
  createPool,
  createSavePool,
  migrate,
  startEmbeddedPostgres,
  type EmbeddedDatabase,
  type Pool,
} from './libraries/db'
import { createLogger, type Logger } from './libraries/logger/logger'
import { seedExamples, type SeedResult } from './components/seed/domain/seed-examples'
import { migrateQueue, startWorker, type Worker } from './libraries/queue/queue'
import { WORKER_CRONTAB, workerTasks } from './worker-tasks'
import { startFactsRefresher } from './components/monitoring'
import { savePoolSize } from './components/cases/domain/save-batcher'

/** A running server and how to stop it. */
export interface RunningServer {
  address: AddressInfo
  url: string
  pool: Pool
  app: App
  logger: Logger
  /** What seeding loaded at this start (null: the database was not empty, or seeding is off). */
  seeded: SeedResult | null
  stop(): Promise<void>
}

/**
 * Start everything in order: database (embedded when no DATABASE_URL), migrations (under an
 * advisory lock), the job worker, then HTTP. `stop()` undoes it in reverse: stop accepting, drain
 * in-flight requests, stop the worker, close the pool, stop embedded PostgreSQL.
 */
export async function startServer(config: Config, options: { logger?: Logger } = {}): Promise<RunningServer> {
  const logger = options.logger ?? createLogger(config.logLevel)
  let embedded: EmbeddedDatabase | undefined
  let url = config.databaseUrl
  if (!url) {
    embedded = await startEmbeddedPostgres(config.dataDir, logger)
    url = embedded.url
  }
  const pool = createPool(url)
  const savePool =
    config.saveStatementsInFlight > 0 ? createSavePool(url, savePoolSize(config.saveStatementsInFlight)) : undefined
  try {
    const { applied } = await migrate(pool, { extra: () => migrateQueue(pool, logger) })
    if (applied.length) logger.info({ applied }, '数据库迁移完成 / migrations applied')
    const seeded = config.seedOnEmpty ? await seedExamples(pool, config.demoPassword) : null
    if (seeded)
      logger.info({ people: seeded.people, matters: seeded.matters }, '已载入示例数据 / examples seeded')
    const app = createApp({ config, pool, logger, ...(savePool ? { savePool } : {}) })
    const worker: Worker | undefined = config.runWorker
      ? await startWorker(pool, workerTasks(app.caseDeps, { dataDir: config.dataDir }), {
          crontab: WORKER_CRONTAB,
          concurrency: config.workerConcurrency,
          pollMs: config.workerPollMs,
          logger,
        })
      : undefined
    // Monitoring figures are read from fact tables kept fresh in the background (about a minute behind).
    const stopMonitoring = startFactsRefresher(pool, { logger })
    const server = http.createServer(app.app)
    server.keepAliveTimeout = 5_000
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(config.port, config.host, () => resolve())
    })
    const address = server.address() as AddressInfo
    let stopping: Promise<void> | undefined
    const stop = () =>
      (stopping ??= (async () => {
        app.health.shuttingDown = true
        await new Promise<void>((resolve) => {
          server.close(() => resolve())
          server.closeIdleConnections()
          // In-flight requests get a few seconds to finish.
          setTimeout(() => server.closeAllConnections(), 8_000).unref()
        })
        if (worker) await worker.stop()
        await stopMonitoring()
        await savePool?.end()
        await pool.end()
        if (embedded) await embedded.stop()
      })())
    return { address, url: `http://${address.address}:${address.port}`, pool, app, logger, seeded, stop }
  } catch (err) {
    await savePool?.end().catch(() => undefined)
    await pool.end().catch(() => undefined)
    if (embedded) await embedded.stop().catch(() => undefined)
    throw err
  }
}
