import type { CaseRecordFields, CaseState, Effect } from '@tongban/flow-engine'
import type { CaseEvent, TaskRecord } from '@tongban/schemas'
import { prepared, type Queryable } from '../../../libraries/db'
import type { AuditEntry } from '../../audit/data-access/audit-repository'
import { WEBHOOK_TASK } from '../../webhooks/domain/outbox'
import type { SubscriberHint } from '../../webhooks/domain/subscriber-hint'
import { TIMER_TASK } from './persist-transition'

/** Effects the single-statement path handles; anything else takes the general path. */
const FAST_KINDS = new Set<Effect['kind']>([
  'task.upsert',
  'notify',
  'timer.set',
  'timer.cancel',
  'case.update',
])

export function fastPathApplies(effects: readonly Effect[]): boolean {
  return effects.every((e) => FAST_KINDS.has(e.kind))
}

/**
 * More conditions the case row must meet for the save to write anything, as SQL over `cases c`
 * with parameters numbered from `first`: lets an action that did not read the case first (see
 * act-on-held-case.ts) check the caller's session and right to the case in the saving statement.
 * `select` adds columns to the statement's answer, to tell why nothing was written.
 */
export type SaveGuard = (first: number) => Promise<GuardSql>

export interface GuardSql {
  ctes?: string
  where: string
  select?: string
  args: unknown[]
}

/** What the save statement answered: whether it wrote, and the guard's extra columns. */
export interface SaveAnswer {
  saved: boolean
  guard: Record<string, unknown>
}

/**
 * Save a transition in ONE statement (its own transaction): the guarded state update and, only if
 * it matched, the tasks, events, notifications, timers (queue jobs), webhook deliveries (and their
 * jobs) and the audit record, as data-modifying CTEs. Same result as the general path, one round
 * trip instead of about ten; `saved` is false when another command saved first or the guard
 * failed (nothing written).
 */
export async function persistInOneStatement(
  db: Queryable,
  input: {
    caseId: string
    expectedVersion: number
    state: CaseState
    fields: CaseRecordFields
    effects: readonly Effect[]
    events: readonly CaseEvent[]
    audit: AuditEntry
    guard?: SaveGuard
    /** Lets the save leave out the webhook fan-out while nobody is subscribed (see SubscriberHint). */
    subscribers?: SubscriberHint
  },
): Promise<SaveAnswer> {
  const { fields: f, effects, events, audit } = input
  const tasks: TaskRecord[] = []
  const notes: Array<{
    person_id: string
    case_id: string
    task_id: string | null
    reason: string
    message: string
    message_en: string
  }> = []
  const timers: Array<{
    id: string
    case_id: string
    purpose: string
    due_at: string
    node_id: string | null
    task_id: string | null
  }> = []
  const cancelled: string[] = []
  for (const e of effects) {
    if (e.kind === 'task.upsert') tasks.push(e.task)
    else if (e.kind === 'notify')
      for (const to of e.to)
        notes.push({
          person_id: to,
          case_id: e.caseId,
          task_id: e.taskId ?? null,
          reason: e.reason,
          message: e.message,
          message_en: e.messageEn,
        })
    else if (e.kind === 'timer.set')
      timers.push({
        id: e.timer.id,
        case_id: e.timer.caseId,
        purpose: e.timer.purpose,
        due_at: e.timer.dueAt,
        node_id: e.timer.nodeId ?? null,
        task_id: e.timer.taskId ?? null,
      })
    else if (e.kind === 'timer.cancel') cancelled.push(e.timerId)
  }
  const outbound = events
    .filter((e) => e.type !== 'directory.resolved')
    .map((e) => ({
      type: e.type,
      id: `${e.caseId}:${e.seq}`,
      payload: {
        id: `${e.caseId}:${e.seq}`,
        type: e.type,
        caseId: e.caseId,
        seq: e.seq,
        at: e.at,
        actorId: e.actorId,
        nodeId: e.nodeId,
        taskId: e.taskId,
        data: e.data,
      },
    }))
  // Only the parts this transition needs: a CTE costs PostgreSQL executor start-up even with
  // nothing to write, and an approval has no timers to set or cancel. A handful of variants, each
  // a prepared statement of its own.
  const args: unknown[] = []
  const $ = (v: unknown) => `$${args.push(v)}`
  const ctes: string[] = []
  const jobCalls: string[] = []
  const add = (name: string, sql: string, jobCall = false) => {
    ctes.push(`${name} AS (${sql})`)
    if (jobCall) jobCalls.push(`(SELECT count(*) FROM ${name})`)
  }
  // Without subscribers the fan-out writes nothing; the statement then only makes sure there still
  // are none, and the save is made again with the fan-out if it wrote nothing for that reason.
  const noFanOut = outbound.length > 0 && (await input.subscribers?.noneActive(db)) === true
  const guard = input.guard ? await input.guard(1) : undefined
  guard?.args.forEach((v) => $(v))
  if (guard?.ctes) ctes.push(guard.ctes)
  const caseId = $(input.caseId)
  add(
    's',
    `UPDATE cases c SET state = ${$(input.state)}, state_version = ${$(f.stateVersion)}, status = ${$(f.status)}, data = ${$(f.data)},
            current_node_ids = ${$(f.currentNodeIds)}, card = ${$(f.card)}, submitted_at = ${$(f.submittedAt ?? null)},
            finished_at = ${$(f.finishedAt ?? null)}, promised_deadline = ${$(f.promisedDeadline ?? null)},
            legal_deadline = ${$(f.legalDeadline ?? null)}, updated_at = now()
      WHERE c.id = ${caseId} AND c.state_version = ${$(input.expectedVersion)}${guard ? ` AND ${guard.where}` : ''} ${noFanOut ? ' AND NOT EXISTS (SELECT 1 FROM webhook_subscriptions WHERE active)' : ''} RETURNING c.id`,
  )
  if (tasks.length)
    add(
      't',
      `INSERT INTO tasks (id, case_id, node_id, node_name, kind, assignee_id, owner_id, status, outcome, comment, created_at, completed_at, due_at, card)
       SELECT x.id, x."caseId", x."nodeId", x."nodeName", x.kind, x."assigneeId", x."ownerId", x.status, x.outcome, x.comment, x."createdAt", x."completedAt", x."dueAt", x.card
         FROM jsonb_to_recordset(${$(JSON.stringify(tasks))}::jsonb) AS x(id text, "caseId" text, "nodeId" text, "nodeName" text, kind text, "assigneeId" text, "ownerId" text,
              status text, outcome text, comment text, "createdAt" timestamptz, "completedAt" timestamptz, "dueAt" timestamptz, card text)
        WHERE EXISTS (SELECT 1 FROM s)
       ON CONFLICT (id) DO UPDATE SET assignee_id = EXCLUDED.assignee_id, owner_id = EXCLUDED.owner_id, status = EXCLUDED.status,
         outcome = EXCLUDED.outcome, comment = EXCLUDED.comment, completed_at = EXCLUDED.completed_at, due_at = EXCLUDED.due_at,
         card = EXCLUDED.card, node_name = EXCLUDED.node_name`,
    )
  if (events.length)
    add(
      'e',
      `INSERT INTO case_events (case_id, seq, type, at, actor_id, node_id, task_id, data)
       SELECT x."caseId", x.seq, x.type, x.at, x."actorId", x."nodeId", x."taskId", x.data
         FROM jsonb_to_recordset(${$(JSON.stringify(events))}::jsonb) AS x("caseId" text, seq int, type text, at timestamptz, "actorId" text, "nodeId" text, "taskId" text, data jsonb)
        WHERE EXISTS (SELECT 1 FROM s)`,
    )
  if (notes.length)
    add(
      'n',
      `INSERT INTO notifications (person_id, case_id, task_id, reason, message, message_en)
       SELECT x.person_id, x.case_id, x.task_id, x.reason, x.message, x.message_en
         FROM jsonb_to_recordset(${$(JSON.stringify(notes))}::jsonb) AS x(person_id text, case_id text, task_id text, reason text, message text, message_en text)
        WHERE EXISTS (SELECT 1 FROM s)`,
    )
  if (timers.length) {
    add(
      'tm',
      `INSERT INTO case_timers (id, case_id, purpose, due_at, node_id, task_id)
       SELECT x.id, x.case_id, x.purpose, x.due_at, x.node_id, x.task_id
         FROM jsonb_to_recordset(${$(JSON.stringify(timers))}::jsonb) AS x(id text, case_id text, purpose text, due_at timestamptz, node_id text, task_id text)
        WHERE EXISTS (SELECT 1 FROM s)
       ON CONFLICT (id) DO UPDATE SET due_at = EXCLUDED.due_at, status = 'armed'
       RETURNING id, case_id, due_at`,
    )
    add(
      'tj',
      `SELECT graphile_worker.add_job(${$(TIMER_TASK)}::text, json_build_object('caseId', tm.case_id, 'timerId', tm.id), queue_name := 'case:' || tm.case_id,
                                      run_at := tm.due_at, max_attempts := 20, job_key := 'timer:' || tm.id) FROM tm`,
      true,
    )
  }
  if (cancelled.length) {
    const ids = $(cancelled)
    add(
      'tc',
      `UPDATE case_timers SET status = 'cancelled' WHERE id = ANY(${ids}::text[]) AND status = 'armed' AND EXISTS (SELECT 1 FROM s)`,
    )
    add(
      'tr',
      `SELECT graphile_worker.remove_job('timer:' || x) FROM unnest(${ids}::text[]) AS x WHERE EXISTS (SELECT 1 FROM s)`,
      true,
    )
  }
  if (outbound.length && !noFanOut) {
    add(
      'w',
      `INSERT INTO webhook_deliveries (subscription_id, event_type, event_id, payload)
       SELECT sub.id, x.type, x.id, x.payload
         FROM jsonb_to_recordset(${$(JSON.stringify(outbound))}::jsonb) AS x(type text, id text, payload jsonb)
         JOIN webhook_subscriptions sub ON sub.active AND (x.type = ANY(sub.event_types) OR '*' = ANY(sub.event_types))
        WHERE EXISTS (SELECT 1 FROM s)
       ON CONFLICT (subscription_id, event_id) DO NOTHING
       RETURNING id`,
    )
    add(
      'wj',
      `SELECT graphile_worker.add_job(${$(WEBHOOK_TASK)}::text, json_build_object('deliveryId', w.id), max_attempts := 8) FROM w`,
      true,
    )
  }
  add(
    'a',
    `INSERT INTO audit_log (actor_id, actor_kind, action, target_type, target_id, outcome, ip, request_id, data)
     SELECT ${$(audit.actorId)}, ${$(audit.actorKind)}, ${$(audit.action)}, 'case', ${caseId}, 'success', ${$(audit.ip ?? null)},
            ${$(audit.requestId ?? null)}, ${$(audit.data ?? {})} WHERE EXISTS (SELECT 1 FROM s)`,
  )
  // A data-modifying CTE runs to completion whether or not anything reads it; a plain SELECT one
  // (the job calls) runs only when referenced: `jobs` references those. Nothing else is returned
  // or counted (each count was one more aggregate and row store for the executor to set up).
  const { rows } = await db.query(
    prepared(`WITH ${ctes.join(',\n')}
     SELECT (SELECT count(*) FROM s) AS saved, ${jobCalls.join(' + ') || '0'} AS jobs${guard?.select ? `, ${guard.select}` : ''}`),
    args,
  )
  const { saved, jobs: _jobs, ...rest } = rows[0] as { saved: string; jobs: string }
  if (Number(saved) === 1) return { saved: true, guard: rest }
  if (!noFanOut) return { saved: false, guard: rest }
  const again = await persistInOneStatement(db, { ...input, subscribers: undefined })
  // The version and the guard held after all: what stopped the first statement was a subscription.
  if (again.saved) input.subscribers?.sawSubscriber()
  return again
}
