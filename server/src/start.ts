import fs from 'node:fs'
import path from 'node:path'
import { loadConfig } from './config'
import { createLogger } from './libraries/logger/logger'
import { startServer, type RunningServer } from './server'
import { welcomeText } from './components/seed/domain/print-welcome'

/** Process entry: config, start, signals, fatal errors. */
async function main(): Promise<void> {
  const config = loadConfig()
  const logger = createLogger(config.logLevel)
  // Signals are handled from the first moment: a stop asked for during start-up waits for the start
  // to finish, then stops everything (embedded PostgreSQL included) instead of orphaning it.
  const started: { running?: RunningServer } = {}
  let stopping = false
  const shutdown = (signal: string) => {
    if (stopping) {
      logger.warn({ signal }, '再次收到信号，立即退出 / second signal, exiting now')
      process.exit(1)
    }
    stopping = true
    logger.info({ signal }, '正在停止 / shutting down')
    if (started.running) stopAndExit(started.running)
  }
  const stopAndExit = (r: RunningServer) => {
    // Never hang: a stop that takes longer than 20 s ends the process anyway.
    setTimeout(() => process.exit(1), 20_000).unref()
    r.stop().then(
      () => process.exit(0),
      (err) => {
        logger.error({ err }, 'shutdown failed')
        process.exit(1)
      },
    )
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  process.on('SIGINT', () => shutdown('SIGINT'))
  const running = await startServer(config, { logger })
  started.running = running
  if (stopping) return stopAndExit(running)
  logger.info({ url: running.url }, '协同办已启动 / Tongban is running')
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host
  const apps = {
    workbench: fs.existsSync(path.join(config.workbenchDist, 'index.html')),
    designer: fs.existsSync(path.join(config.designerDist, 'index.html')),
  }
  process.stdout.write(welcomeText(`http://${host}:${running.address.port}`, apps, running.seeded))
}

process.on('unhandledRejection', (err) => {
  console.error('unhandled rejection', err)
  process.exit(1)
})

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err)
  process.exit(1)
})
