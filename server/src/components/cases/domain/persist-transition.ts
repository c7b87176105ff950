import type { CaseState, Effect } from '@tongban/flow-engine'
import type { CaseEvent } from '@tongban/schemas'
import type { Queryable } from '../../../libraries/db'
import { enqueue, removeJob } from '../../../libraries/queue/queue'
import { publishEvents } from '../../webhooks/domain/outbox'
import { insertEvents, upsertTask } from '../data-access/case-repository'

export const TIMER_TASK = 'case-timer'
export const SUBCASE_START_TASK = 'subcase-start'
export const SUBFLOW_FINISHED_TASK = 'subflow-finished'

/**
 * Perform an engine transition's effects inside the transaction that saves its state: tasks,
 * events, timers (as queue jobs), notifications, webhooks and sub-cases (through the outbox).
 * Nothing here talks to the network: what leaves the system leaves later, from the queue.
 */
export async function persistEffects(
  tx: Queryable,
  state: CaseState,
  effects: readonly Effect[],
  events: readonly CaseEvent[],
): Promise<void> {
  for (const effect of effects) {
    switch (effect.kind) {
      case 'task.upsert':
        await upsertTask(tx, effect.task)
        break
      case 'notify':
        for (const to of effect.to)
          await tx.query(
            `INSERT INTO notifications (person_id, case_id, task_id, reason, message, message_en) VALUES ($1, $2, $3, $4, $5, $6)`,
            [to, effect.caseId, effect.taskId ?? null, effect.reason, effect.message, effect.messageEn],
          )
        break
      case 'timer.set': {
        const t = effect.timer
        await tx.query(
          `INSERT INTO case_timers (id, case_id, purpose, due_at, node_id, task_id) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (id) DO UPDATE SET due_at = EXCLUDED.due_at, status = 'armed'`,
          [t.id, t.caseId, t.purpose, t.dueAt, t.nodeId ?? null, t.taskId ?? null],
        )
        // One queue per case: its timers run one after another, never racing each other for the state.
        await enqueue(
          tx,
          TIMER_TASK,
          { caseId: t.caseId, timerId: t.id },
          { runAt: t.dueAt, jobKey: `timer:${t.id}`, maxAttempts: 20, queueName: `case:${t.caseId}` },
        )
        break
      }
      case 'timer.cancel':
        await tx.query(`UPDATE case_timers SET status = 'cancelled' WHERE id = $1 AND status = 'armed'`, [
          effect.timerId,
        ])
        await removeJob(tx, `timer:${effect.timerId}`)
        break
      case 'webhook':
        if (effect.callbackToken)
          await tx.query(
            'INSERT INTO callback_tokens (token, case_id, node_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
            [effect.callbackToken, effect.caseId, effect.nodeId],
          )
        await publishEvents(tx, [
          {
            type: effect.topic,
            id: `${effect.caseId}:${effect.nodeId}:${effect.callbackToken ?? state.seq}`,
            payload: {
              caseId: effect.caseId,
              nodeId: effect.nodeId,
              data: effect.payload,
              ...(effect.callbackToken ? { callback: `/api/callbacks/${effect.callbackToken}` } : {}),
            },
          },
        ])
        break
      case 'subcase.start':
        await enqueue(
          tx,
          SUBCASE_START_TASK,
          { ...effect },
          { jobKey: `subcase:${effect.childCaseId}`, maxAttempts: 10 },
        )
        break
      case 'subcase.cancel':
        await enqueue(tx, 'subcase-cancel', { ...effect }, { maxAttempts: 10 })
        break
      case 'case.update':
        // The state save already wrote these columns (see saveState / insertCase).
        break
    }
  }
  await insertEvents(tx, events)
  await publishEvents(
    tx,
    events
      .filter((e) => e.type !== 'directory.resolved')
      .map((e) => ({
        type: e.type,
        id: `${e.caseId}:${e.seq}`,
        payload: {
          caseId: e.caseId,
          seq: e.seq,
          at: e.at,
          actorId: e.actorId,
          nodeId: e.nodeId,
          taskId: e.taskId,
          data: e.data,
        },
      })),
  )
}
