import type { Pool } from '../../../libraries/db'
import type { Logger } from '../../../libraries/logger/logger'
import { refreshFacts } from '../data-access/facts-refresh'
import { FACTS_LOCK } from '../data-access/facts-bulk'

/**
 * Refresh the monitoring facts every `intervalMs` in this process (incremental: changed and open
 * cases only). Several instances may run it: a session advisory lock lets one refresh at
 * a time, the others skip that round. Returns `stop()`.
 */
export function startFactsRefresher(
  pool: Pool,
  options: { intervalMs?: number; logger?: Logger; clock?: () => Date } = {},
): () => Promise<void> {
  const intervalMs = options.intervalMs ?? 60_000
  let running: Promise<void> | undefined
  const tick = () => {
    if (running) return
    running = (async () => {
      const client = await pool.connect()
      try {
        const { rows } = await client.query('SELECT pg_try_advisory_lock($1) AS ok', [FACTS_LOCK])
        if (!rows[0]?.ok) return
        try {
          const result = await refreshFacts(pool, { now: (options.clock ?? (() => new Date()))() })
          options.logger?.debug({ cases: result.cases }, 'monitoring facts refreshed')
        } finally {
          await client.query('SELECT pg_advisory_unlock($1)', [FACTS_LOCK])
        }
      } catch (err) {
        options.logger?.error({ err }, 'monitoring facts refresh failed')
      } finally {
        client.release()
        running = undefined
      }
    })()
  }
  const timer = setInterval(tick, intervalMs)
  timer.unref()
  tick()
  return async () => {
    clearInterval(timer)
    await running
  }
}
