import type { TaskList } from 'graphile-worker'
import type { CaseDeps } from './components/cases/domain/case-deps'
import { caseJobs } from './components/cases/domain/case-jobs'
import { deliverWebhook } from './components/webhooks/domain/deliver-webhook'
import { WEBHOOK_TASK } from './components/webhooks/domain/outbox'
import { PURGE_UNBOUND_TASK, purgeUnboundUploads } from './components/attachments/domain/purge-unbound'
import { monitoringJobs } from './components/monitoring'

/**
 * Every job the queue runs: case timers and sub-flows, webhook deliveries, the recompute after a
 * calendar edit (deadlines, then the monitoring facts); with `dataDir`, the
 * hourly purge of stale unbound uploads (scheduled by {@link WORKER_CRONTAB}).
 */
export function workerTasks(deps: CaseDeps, options: { dataDir?: string } = {}): TaskList {
  const tasks: TaskList = {
    ...caseJobs(deps),
    [WEBHOOK_TASK]: deliverWebhook(deps.pool),
    ...monitoringJobs(deps.pool, { clock: () => deps.host.now() }),
  }
  const { dataDir } = options
  if (dataDir)
    tasks[PURGE_UNBOUND_TASK] = async () => {
      await purgeUnboundUploads(deps.pool, dataDir)
    }
  return tasks
}

/** Recurring jobs (graphile-worker crontab: one run per slot even with several instances). */
export const WORKER_CRONTAB = `17 * * * * ${PURGE_UNBOUND_TASK}`
