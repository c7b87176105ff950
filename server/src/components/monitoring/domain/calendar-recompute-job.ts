import type { TaskList } from 'graphile-worker'
import type { WorkingCalendar } from '@tongban/schemas'
import type { Pool } from '../../../libraries/db'
import { appendAudit } from '../../audit/data-access/audit-repository'
import { recomputeCalendarFacts, withFactsLock } from '../data-access/facts-bulk'
import { CALENDAR_RECOMPUTE_TASK, claimRuns, updateRuns } from '../data-access/recompute-runs'
import { FALLBACK_DEFAULT, rebuildWorkingDays } from '../data-access/working-days'
import { recomputeCalendarDeadlines } from './recompute-calendar-deadlines'

/**
 * The jobs of monitoring for the server's graphile-worker: after a calendar edit, recompute its
 * cases (see {@link runCalendarRecompute}). Register with `{ ...monitoringJobs(pool), ... }`.
 */
export function monitoringJobs(pool: Pool, options: { clock?: () => Date } = {}): TaskList {
  const now = options.clock ?? (() => new Date())
  return {
    [CALENDAR_RECOMPUTE_TASK]: async (payload, helpers) => {
      const calendarId = (payload as { calendarId?: unknown } | null)?.calendarId
      if (typeof calendarId !== 'string') throw new Error(`${CALENDAR_RECOMPUTE_TASK}: no calendarId`)
      await runCalendarRecompute(pool, calendarId, now(), helpers.job.attempts >= helpers.job.max_attempts)
    },
  }
}

/**
 * Recompute every case on calendar `calendarId` after an edit, reporting progress on its waiting
 * runs: first the open cases' deadlines, armed timers and open tasks (per case, as an engine
 * transition; progress after each batch of 500), then the monitoring facts of every case counted
 * on the calendar (set-based, one transaction under the facts lock), then one audit record per run
 * (`calendar.deadlines-recomputed`, by whoever asked). A failure throws (graphile-worker retries)
 * and leaves the runs queued with the error, or failed on the `lastAttempt`.
 */
export async function runCalendarRecompute(
  pool: Pool,
  calendarId: string,
  now: Date,
  lastAttempt = true,
): Promise<void> {
  const runs = await claimRuns(pool, calendarId)
  if (!runs.length) return
  const ids = runs.map((r) => r.id)
  try {
    const { rows } = await pool.query(`SELECT doc FROM calendars WHERE id = $1`, [calendarId])
    const calendar = (rows[0]?.doc as WorkingCalendar | undefined) ?? (calendarId === 'default' ? FALLBACK_DEFAULT : null)
    if (!calendar) {
      await updateRuns(pool, ids, { status: 'failed', error: `calendar ${calendarId} not found` })
      return
    }
    const r = await recomputeCalendarDeadlines(pool, calendarId, calendar, {
      now,
      onBatch: (soFar) =>
        updateRuns(pool, ids, { examined: soFar.examined, changed: soFar.changed.length, conflicts: soFar.conflicts.length }),
    })
    await updateRuns(pool, ids, { examined: r.examined, changed: r.changed.length, conflicts: r.conflicts.length })
    const facts = await withFactsLock(pool, async (client) => {
      await rebuildWorkingDays(client, calendar)
      return recomputeCalendarFacts(client, [calendarId], now)
    })
    await updateRuns(pool, ids, { status: 'done', facts })
    for (const run of runs)
      await appendAudit(pool, {
        ...run.requestedBy,
        action: 'calendar.deadlines-recomputed',
        targetType: 'calendar',
        targetId: calendarId,
        data: {
          runId: run.id,
          examined: r.examined,
          changed: r.changed.length,
          facts,
          cases: r.changed.slice(0, 100),
          ...(r.conflicts.length ? { conflicts: r.conflicts } : {}),
        },
      })
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err)
    await updateRuns(pool, ids, { status: lastAttempt ? 'failed' : 'queued', error })
    throw err
  }
}
