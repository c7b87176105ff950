import { loadConfig } from './config'
import { createLogger } from './libraries/logger/logger'
import fs from 'node:fs'
import path from 'node:path'
import { startServer } from './server'
import { welcomeText } from './components/seed/domain/print-welcome'

/** Process entry: config, start, signals, fatal errors. */
async function main(): Promise<void> {
  const config = loadConfig()
  const logger = createLogger(config.logLevel)
  const running = await startServer(config, { logger })
  logger.info({ url: running.url }, '协同办已启动 / Tongban is running')
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host
  const apps = {
    workbench: fs.existsSync(path.join(config.workbenchDist, 'index.html')),
    designer: fs.existsSync(path.join(config.designerDist, 'index.html')),
  }
  process.stdout.write(welcomeText(`http://${host}:${running.address.port}`, apps, running.seeded))
  const shutdown = (signal: string) => {
    logger.info({ signal }, '正在停止 / shutting down')
    running.stop().then(
      () => process.exit(0),
      (err) => {
        logger.error({ err }, 'shutdown failed')
        process.exit(1)
      },
    )
  }
  process.once('SIGTERM', () => shutdown('SIGTERM'))
  process.once('SIGINT', () => shutdown('SIGINT'))
}

process.on('unhandledRejection', (err) => {
  console.error('unhandled rejection', err)
  process.exit(1)
})

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err)
  process.exit(1)
})
