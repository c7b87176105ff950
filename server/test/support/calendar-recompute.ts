import { monitoringJobs } from '../../src/components/monitoring'
import { startWorker, type Worker } from '../../src/libraries/queue/queue'
import type { ApiClient } from './http-client'
import type { TestApp } from './test-app'

/** A job worker running only monitoring's jobs (the recompute after a calendar edit). */
export function startMonitoringWorker(t: TestApp, clock: () => Date): Promise<Worker> {
  return startWorker(t.pool, monitoringJobs(t.pool, { clock }), { concurrency: 1, pollMs: 100 })
}

/** Poll a calendar recompute run until it is done or failed. */
export async function waitForRecompute(
  client: ApiClient,
  calendarId: string,
  runId: number,
): Promise<Record<string, any>> {
  for (let i = 0; i < 300; i++) {
    const r = await client.get(`/api/calendars/${calendarId}/recompute/${runId}`)
    if (r.status !== 200) throw new Error(`run ${runId}: ${r.status}`)
    if (r.body.status === 'done' || r.body.status === 'failed') return r.body
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`recompute run ${runId} of ${calendarId} did not finish`)
}
