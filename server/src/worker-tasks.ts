import type { TaskList } from 'graphile-worker'
import type { CaseDeps } from './components/cases/domain/case-deps'
import { caseJobs } from './components/cases/domain/case-jobs'
import { deliverWebhook } from './components/webhooks/domain/deliver-webhook'
import { WEBHOOK_TASK } from './components/webhooks/domain/outbox'

/** Every job the queue runs: case timers and sub-flows, webhook deliveries. */
export function workerTasks(deps: CaseDeps): TaskList {
  return { ...caseJobs(deps), [WEBHOOK_TASK]: deliverWebhook(deps.pool) }
}
