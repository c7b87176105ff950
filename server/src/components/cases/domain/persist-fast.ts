import type { CaseRecordFields, CaseState, Effect } from '@tongban/flow-engine'
import type { CaseEvent, TaskRecord } from '@tongban/schemas'
import type { Queryable } from '../../../libraries/db'
import type { AuditEntry } from '../../audit/data-access/audit-repository'
import { WEBHOOK_TASK } from '../../webhooks/domain/outbox'
import type { SubscriberHint } from '../../webhooks/domain/subscriber-hint'
import { TIMER_TASK } from './persist-transition'
import {
  DirectSaves,
  type RenderedSave,
  type SaveAnswer,
  type SavePart,
  type SaveRunner,
  type SaveSlot,
} from './save-statement'

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
 * More conditions the case row must meet for the save to write anything: lets an action that did
 * not read the case first (see act-on-held-case.ts) check the caller's session and right to the
 * case in the saving statement. Prepared once (it may query), then rendered into whichever
 * statement carries the save (see SaveSlot). Its `select` columns join the statement's answer, to
 * tell why nothing was written.
 */
export type SaveGuard = () => Promise<(slot: SaveSlot) => GuardSql>

export interface GuardSql {
  ctes?: string
  /** A condition over `cases c`. */
  where: string
  /** Select-list expressions with their aliases named through `slot.name`. */
  select?: string
  args: unknown[]
}

export interface SaveInput {
  caseId: string
  expectedVersion: number
  state: CaseState
  fields: CaseRecordFields
  effects: readonly Effect[]
  events: readonly CaseEvent[]
  audit: AuditEntry
  guard?: SaveGuard | undefined
  /** Lets the save leave out the webhook fan-out while nobody is subscribed (see SubscriberHint). */
  subscribers?: SubscriberHint | undefined
  /** Runs the statement (SaveBatcher: with other saves in flight); default one statement on `db`. */
  saves?: SaveRunner | undefined
}

/**
 * Save a transition in ONE statement (its own transaction): the guarded state update and, only if
 * it matched, the tasks, events, notifications, timers (queue jobs), webhook deliveries (and their
 * jobs) and the audit record, as data-modifying CTEs. Same result as the general path, one round
 * trip instead of about ten; `saved` is false when another command saved first or the guard
 * failed (nothing written).
 */
export async function persistInOneStatement(db: Queryable, input: SaveInput): Promise<SaveAnswer> {
  const { effects, events } = input
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
  // Without subscribers the fan-out writes nothing; the statement then only makes sure there still
  // are none, and the save is made again with the fan-out if it wrote nothing for that reason.
  const noFanOut = outbound.length > 0 && (await input.subscribers?.noneActive(db)) === true
  const guard = input.guard ? await input.guard() : undefined
  // JSON is made once: a batch that fails is rendered again, save by save.
  const json = {
    tasks: tasks.length ? JSON.stringify(tasks) : '',
    events: events.length ? JSON.stringify(events) : '',
    notes: notes.length ? JSON.stringify(notes) : '',
    timers: timers.length ? JSON.stringify(timers) : '',
    outbound: outbound.length && !noFanOut ? JSON.stringify(outbound) : '',
  }
  const part: SavePart = {
    caseId: input.caseId,
    render: (slot) => renderSave(slot, input, { guard, noFanOut, cancelled, json }),
  }
  const answer = await (input.saves ?? new DirectSaves(db)).run(part)
  if (answer.saved || !noFanOut) return answer
  const again = await persistInOneStatement(db, { ...input, subscribers: undefined })
  // The version and the guard held after all: what stopped the first statement was a subscription.
  if (again.saved) input.subscribers?.sawSubscriber()
  return again
}

/**
 * The save's CTEs for its slot. Only the parts this transition needs: a CTE costs PostgreSQL
 * executor start-up even with nothing to write, and an approval has no timers to set or cancel. A
 * handful of variants, each a prepared statement of its own.
 */
function renderSave(
  slot: SaveSlot,
  input: SaveInput,
  parts: {
    guard: ((slot: SaveSlot) => GuardSql) | undefined
    noFanOut: boolean
    cancelled: string[]
    json: Record<'tasks' | 'events' | 'notes' | 'timers' | 'outbound', string>
  },
): RenderedSave {
  const { fields: f, audit } = input
  const { name } = slot
  const { json, cancelled, noFanOut } = parts
  const args: unknown[] = []
  const $ = (v: unknown) => `$${slot.first - 1 + args.push(v)}`
  const ctes: string[] = []
  const jobs: string[] = []
  const add = (cte: string, sql: string, jobCall = false) => {
    ctes.push(`${name(cte)} AS (${sql})`)
    if (jobCall) jobs.push(`(SELECT count(*) FROM ${name(cte)})`)
  }
  const guard = parts.guard?.(slot)
  guard?.args.forEach((v) => $(v))
  if (guard?.ctes) ctes.push(guard.ctes)
  const s = name('s')
  const saved = `EXISTS (SELECT 1 FROM ${s})`
  const caseId = $(input.caseId)
  add(
    's',
    `UPDATE cases c SET state = ${$(input.state)}, state_version = ${$(f.stateVersion)}, status = ${$(f.status)}, data = ${$(f.data)},
            current_node_ids = ${$(f.currentNodeIds)}, card = ${$(f.card)}, submitted_at = ${$(f.submittedAt ?? null)},
            finished_at = ${$(f.finishedAt ?? null)}, promised_deadline = ${$(f.promisedDeadline ?? null)},
            legal_deadline = ${$(f.legalDeadline ?? null)}, updated_at = now()
      WHERE c.id = ${caseId} AND c.state_version = ${$(input.expectedVersion)}${guard ? ` AND ${guard.where}` : ''} ${noFanOut ? ' AND NOT EXISTS (SELECT 1 FROM webhook_subscriptions WHERE active)' : ''} RETURNING c.id`,
  )
  if (json.tasks)
    add(
      't',
      `INSERT INTO tasks (id, case_id, node_id, node_name, kind, assignee_id, owner_id, status, outcome, comment, created_at, completed_at, due_at, card)
       SELECT x.id, x."caseId", x."nodeId", x."nodeName", x.kind, x."assigneeId", x."ownerId", x.status, x.outcome, x.comment, x."createdAt", x."completedAt", x."dueAt", x.card
         FROM jsonb_to_recordset(${$(json.tasks)}::jsonb) AS x(id text, "caseId" text, "nodeId" text, "nodeName" text, kind text, "assigneeId" text, "ownerId" text,
              status text, outcome text, comment text, "createdAt" timestamptz, "completedAt" timestamptz, "dueAt" timestamptz, card text)
        WHERE ${saved}
       ON CONFLICT (id) DO UPDATE SET assignee_id = EXCLUDED.assignee_id, owner_id = EXCLUDED.owner_id, status = EXCLUDED.status,
         outcome = EXCLUDED.outcome, comment = EXCLUDED.comment, completed_at = EXCLUDED.completed_at, due_at = EXCLUDED.due_at,
         card = EXCLUDED.card, node_name = EXCLUDED.node_name`,
    )
  if (json.events)
    add(
      'e',
      `INSERT INTO case_events (case_id, seq, type, at, actor_id, node_id, task_id, data)
       SELECT x."caseId", x.seq, x.type, x.at, x."actorId", x."nodeId", x."taskId", x.data
         FROM jsonb_to_recordset(${$(json.events)}::jsonb) AS x("caseId" text, seq int, type text, at timestamptz, "actorId" text, "nodeId" text, "taskId" text, data jsonb)
        WHERE ${saved}`,
    )
  if (json.notes)
    add(
      'n',
      `INSERT INTO notifications (person_id, case_id, task_id, reason, message, message_en)
       SELECT x.person_id, x.case_id, x.task_id, x.reason, x.message, x.message_en
         FROM jsonb_to_recordset(${$(json.notes)}::jsonb) AS x(person_id text, case_id text, task_id text, reason text, message text, message_en text)
        WHERE ${saved}`,
    )
  if (json.timers) {
    add(
      'tm',
      `INSERT INTO case_timers (id, case_id, purpose, due_at, node_id, task_id)
       SELECT x.id, x.case_id, x.purpose, x.due_at, x.node_id, x.task_id
         FROM jsonb_to_recordset(${$(json.timers)}::jsonb) AS x(id text, case_id text, purpose text, due_at timestamptz, node_id text, task_id text)
        WHERE ${saved}
       ON CONFLICT (id) DO UPDATE SET due_at = EXCLUDED.due_at, status = 'armed'
       RETURNING id, case_id, due_at`,
    )
    add(
      'tj',
      `SELECT graphile_worker.add_job(${$(TIMER_TASK)}::text, json_build_object('caseId', tm.case_id, 'timerId', tm.id), queue_name := 'case:' || tm.case_id,
                                      run_at := tm.due_at, max_attempts := 20, job_key := 'timer:' || tm.id) FROM ${name('tm')} tm`,
      true,
    )
  }
  if (cancelled.length) {
    const ids = $(cancelled)
    add(
      'tc',
      `UPDATE case_timers SET status = 'cancelled' WHERE id = ANY(${ids}::text[]) AND status = 'armed' AND ${saved}`,
    )
    add(
      'tr',
      `SELECT graphile_worker.remove_job('timer:' || x) FROM unnest(${ids}::text[]) AS x WHERE ${saved}`,
      true,
    )
  }
  if (json.outbound) {
    add(
      'w',
      `INSERT INTO webhook_deliveries (subscription_id, event_type, event_id, payload)
       SELECT sub.id, x.type, x.id, x.payload
         FROM jsonb_to_recordset(${$(json.outbound)}::jsonb) AS x(type text, id text, payload jsonb)
         JOIN webhook_subscriptions sub ON sub.active AND (x.type = ANY(sub.event_types) OR '*' = ANY(sub.event_types))
        WHERE ${saved}
       ON CONFLICT (subscription_id, event_id) DO NOTHING
       RETURNING id`,
    )
    add(
      'wj',
      `SELECT graphile_worker.add_job(${$(WEBHOOK_TASK)}::text, json_build_object('deliveryId', w.id), max_attempts := 8) FROM ${name('w')} w`,
      true,
    )
  }
  add(
    'a',
    `INSERT INTO audit_log (actor_id, actor_kind, action, target_type, target_id, outcome, ip, request_id, data)
     SELECT ${$(audit.actorId)}, ${$(audit.actorKind)}, ${$(audit.action)}, 'case', ${caseId}, 'success', ${$(audit.ip ?? null)},
            ${$(audit.requestId ?? null)}, ${$(audit.data ?? {})} WHERE ${saved}`,
  )
  return {
    ctes,
    saved: `(SELECT count(*) FROM ${s})`,
    jobs,
    select: guard?.select ? [guard.select] : [],
    args,
  }
}
