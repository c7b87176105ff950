import type { CaseState, Effect } from '@tongban/flow-engine'
import type { CaseEvent, WorkingCalendar } from '@tongban/schemas'
import { inTransaction, type Pool } from '../../../libraries/db'
import { persistEffects } from '../../cases/domain/persist-transition'
import {
  openCasesBatch,
  saveRescheduledState,
  timerStarts,
  versionsUsingCalendar,
  type OpenCaseRow,
} from '../data-access/reschedule-repository'
import { rescheduleCase, type RescheduleResult } from './reschedule-case'

export interface CalendarRecomputeResult {
  /** Open cases on the calendar examined. */
  examined: number
  /** Cases whose deadlines or armed timers moved. */
  changed: Array<{
    caseId: string
    promisedDeadline: string | null
    legalDeadline: string | null
    before: string | null
    /** Timers rescheduled. */
    timers: number
    /** Open tasks whose due instant moved. */
    tasks: number
  }>
  /** Cases skipped because another change kept winning the race for their state (rare). */
  conflicts: string[]
}

const BATCH = 500
const ATTEMPTS = 3

/**
 * After an edit of calendar `calendarId`: for every open case whose matter version uses it (its
 * `calendarId`, or `default` when it names none or a missing one), recompute the case clock, the
 * armed timers and the open tasks' due instants (see {@link rescheduleCase}) and save them like an
 * engine transition: the state with a new version (optimistic check; retried on a race), the
 * `cases` deadline columns, the tasks, each moved timer's queue job (replaced by its key, so it
 * fires at the new instant) and a `timer.set` event per moved timer (`data.reason:
 * 'calendar-changed'`). `dryRun` only reports.
 */
export async function recomputeCalendarDeadlines(
  pool: Pool,
  calendarId: string,
  calendar: WorkingCalendar,
  options: {
    now: Date
    dryRun?: boolean
    yellowShare?: number
    /** Called after each batch of open cases with the result so far (progress). */
    onBatch?: (soFar: CalendarRecomputeResult) => Promise<void>
  },
): Promise<CalendarRecomputeResult> {
  const now = options.now.toISOString()
  const result: CalendarRecomputeResult = { examined: 0, changed: [], conflicts: [] }
  for (const version of await versionsUsingCalendar(pool, calendarId)) {
    let after = ''
    for (;;) {
      const rows = await openCasesBatch(pool, version, after, BATCH)
      if (!rows.length) break
      after = rows[rows.length - 1]!.id
      const starts = await timerStarts(pool, rows.map((r) => r.id))
      for (const row of rows) {
        result.examined++
        let current: OpenCaseRow | undefined = row
        for (let attempt = 1; current; attempt++) {
          const r = rescheduleCase({
            state: current.state,
            limits: version.limits,
            nodes: version.nodes,
            calendar,
            now,
            timerSetAt: (id) => starts.get(`${current!.id}/${id}`),
            ...(options.yellowShare !== undefined ? { yellowShare: options.yellowShare } : {}),
          })
          const promised = r.state.clock?.promisedDeadline ?? null
          const legal = r.state.clock?.legalDeadline ?? null
          const columnsMoved = iso(current.promisedDeadline) !== promised || iso(current.legalDeadline) !== legal
          if (!r.clockChanged && !r.timers.length && !r.tasks.length && !columnsMoved) break
          const saved =
            options.dryRun ||
            (await inTransaction(pool, (tx) => save(tx, current!, r, calendarId, now)))
          if (saved) {
            result.changed.push({
              caseId: current.id,
              promisedDeadline: promised,
              legalDeadline: legal,
              before: iso(current.promisedDeadline),
              timers: r.timers.length,
              tasks: r.tasks.length,
            })
            break
          }
          if (attempt >= ATTEMPTS) {
            result.conflicts.push(current.id)
            break
          }
          // Someone acted on the case meanwhile: read it again and recompute from its new state.
          current = (await openCasesBatch(pool, version, '', 1, current.id))[0]
        }
      }
      await options.onBatch?.(result)
      if (rows.length < BATCH) break
    }
  }
  return result
}

// helpers

async function save(
  tx: Parameters<typeof persistEffects>[0],
  row: OpenCaseRow,
  r: RescheduleResult,
  calendarId: string,
  now: string,
): Promise<boolean> {
  const state: CaseState = r.state
  const events: CaseEvent[] = []
  const effects: Effect[] = []
  for (const t of r.timers) {
    state.seq += 1
    events.push({
      caseId: row.id,
      seq: state.seq,
      type: 'timer.set',
      at: now,
      actorId: null,
      ...(t.nodeId ? { nodeId: t.nodeId } : {}),
      data: { timerId: t.timerId, purpose: t.purpose, dueAt: t.after, before: t.before, reason: 'calendar-changed', calendarId },
    })
    effects.push({
      kind: 'timer.set',
      timer: {
        id: t.timerId,
        caseId: row.id,
        purpose: t.purpose,
        dueAt: t.after,
        ...(t.nodeId ? { nodeId: t.nodeId } : {}),
        ...(t.taskId ? { taskId: t.taskId } : {}),
      },
    })
  }
  for (const task of r.tasks) effects.push({ kind: 'task.upsert', task })
  const nextVersion = row.stateVersion + 1
  if (typeof state.version === 'number') state.version = nextVersion
  if (!(await saveRescheduledState(tx, row, state, nextVersion))) return false
  await persistEffects(tx, state, effects, events)
  return true
}

function iso(d: Date | null): string | null {
  return d ? d.toISOString() : null
}
