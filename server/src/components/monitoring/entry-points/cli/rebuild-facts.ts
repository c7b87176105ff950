import { loadConfig } from '../../../../config'
import { createPool, migrate } from '../../../../libraries/db'
import { migrateQueue } from '../../../../libraries/queue/queue'
import { rebuildAllFacts } from '../../data-access/facts-bulk'

/**
 * `npm run monitoring:rebuild -w @tongban/server [-- --now ISO]`: migrate, then build the monitoring
 * facts of the whole history of DATABASE_URL set-based (after the load generator, or to start over).
 * `--now` is the end of open cases' handling time (default: the clock).
 */
async function main(): Promise<void> {
  const config = loadConfig()
  if (!config.databaseUrl) throw new Error('DATABASE_URL: 要重建监控事实表的数据库 / the database to rebuild')
  const at = process.argv.indexOf('--now')
  const now = at > 0 && process.argv[at + 1] ? new Date(process.argv[at + 1] as string) : new Date()
  if (Number.isNaN(now.getTime())) throw new Error('--now 须为 ISO 时间 / --now must be an ISO instant')
  const pool = createPool(config.databaseUrl, 4)
  try {
    await migrate(pool, { extra: () => migrateQueue(pool) })
    const started = Date.now()
    const r = await rebuildAllFacts(pool, {
      now,
      log: (phase, ms) => console.log(`  ${phase}: ${(ms / 1000).toFixed(1)} s`),
    })
    console.log(
      `监控事实表已重建 / monitoring facts rebuilt: ${r.cases} cases, ${r.nodes} node visits in ${((Date.now() - started) / 1000).toFixed(1)} s (watermark ${r.watermark})`,
    )
  } finally {
    await pool.end()
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err)
  process.exit(1)
})
