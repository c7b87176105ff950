import { loadConfig } from '../config'
import { createPool, migrate, startEmbeddedPostgres, type EmbeddedDatabase } from '../libraries/db'
import { createLogger } from '../libraries/logger/logger'
import { isEmpty, resetDatabase, seedExamples } from '../components/seed/domain/seed-examples'

/**
 * `npm run seed -w @tongban/server [-- --reset]`: load the examples into an empty database
 * (DATABASE_URL, else the embedded one in DATA_DIR). `--reset` first drops everything.
 */
async function main(): Promise<void> {
  const reset = process.argv.includes('--reset')
  const config = loadConfig()
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel)
  let embedded: EmbeddedDatabase | undefined
  const url = config.databaseUrl ?? (embedded = await startEmbeddedPostgres(config.dataDir, logger)).url
  const pool = createPool(url, 4)
  try {
    if (reset) {
      await resetDatabase(pool)
      console.log('已清空数据库 / database reset')
    }
    await migrate(pool)
    if (!(await isEmpty(pool))) {
      console.log(
        '数据库非空，未载入示例；用 --reset 重新开始 / database not empty; use --reset to start over',
      )
      return
    }
    const result = await seedExamples(pool, config.demoPassword)
    if (!result) return
    console.log(`已载入 / seeded: ${result.people} 人 people, ${result.matters} 个事项 matters`)
    console.log(
      `登录 / log in: admin${result.generated ? ` / ${result.password}   (仅显示一次 / shown once)` : ' / $TONGBAN_DEMO_PASSWORD'}`,
    )
  } finally {
    await pool.end()
    if (embedded) await embedded.stop()
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err)
  process.exit(1)
})
