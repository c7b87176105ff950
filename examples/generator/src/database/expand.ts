import type pg from 'pg'
import { backendCpuMs } from './backend-cpu'
import { CASE_ID_TOKEN } from '../simulate/simulate-case'

export interface ExpandCounts {
  cases: number
  /** Child cases of sub-flows (also rows of `cases`, not counted in `cases`). */
  children: number
  tasks: number
  events: number
  timers: number
  attachments: number
  notifications: number
}

export const NO_COUNTS: ExpandCounts = {
  cases: 0,
  children: 0,
  tasks: 0,
  events: 0,
  timers: 0,
  attachments: 0,
  notifications: 0,
}

/** What every batch of a run shares. */
export interface ExpandRun {
  prefix: string
  now: string
  /** First number of the reserved block of `case_no_seq`: case k's number is firstNo + k - 1. */
  firstNo: number
  /** Cases of the run: child k of case n gets number firstNo + k × cases + n - 1. */
  cases: number
}

/** The server's case number: matter code, local date, a 6-digit serial (longer past 999,999). */
const caseNo = (code: string, createdAt: string, n: string) =>
  `${code} || '-' || to_char(${createdAt} AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD') || '-' ||
   CASE WHEN ${n} < 1000000 THEN lpad((${n})::text, 6, '0') ELSE (${n})::text END`

/**
 * Milliseconds spent per target table, summed over the writers (where the copy-out time goes):
 * wall time, and the backends' CPU time when the server runs on this machine.
 */
export interface ExpandTimings {
  wall: Partial<Record<keyof ExpandCounts, number>>
  cpu: Partial<Record<keyof ExpandCounts, number>>
}

/**
 * Copy templates [from, to) out to their cases, inside the database (INSERT … SELECT over
 * generate_series: no row travels over the wire). Case ids are `<prefix><ordinal>`, case numbers
 * come from a block of `case_no_seq` reserved up front (deterministic); the template's
 * placeholder id is replaced in task ids, event task ids, event data, attachment ids and the engine
 * state. Part of the old finished cases are 归档 (archived), the one status only the host sets.
 * Notifications and 抄送 older than two days are read (a few hours after they arrived), and a
 * third of the recent ones.
 */
export async function expandTemplates(
  db: pg.ClientBase,
  run: ExpandRun,
  from: number,
  to: number,
  timings: ExpandTimings = { wall: {}, cpu: {} },
): Promise<ExpandCounts> {
  const params = [run.prefix, from, to, CASE_ID_TOKEN]
  const copies = `FROM gen_tpl_case t CROSS JOIN LATERAL generate_series(1, t.cases) k
      CROSS JOIN LATERAL (SELECT $1::text || (t.first_case + k - 1) AS id, t.first_case + k - 1 AS ordinal) c
     WHERE t.tpl >= $2 AND t.tpl < $3`
  // Per-template rows: the range is repeated on x so that each join reads its staging index.
  const join = (table: string) =>
    copies.replace('WHERE', `JOIN ${table} x ON x.tpl = t.tpl WHERE x.tpl >= $2 AND x.tpl < $3 AND`)
  const caseOf = 'c.id || x.suffix'
  // An id staged as its tail after the placeholder (see stage-templates), else replaced.
  const idOf = (column: string) => `coalesce(c.id || x.${column}_tail, replace(x.${column}, $4, c.id))`
  const timed = async (name: keyof ExpandCounts, sql: string, values: unknown[]): Promise<number> => {
    const started = Date.now()
    const cpu = backendCpuMs(db)
    const result = await db.query(sql, values)
    timings.wall[name] = (timings.wall[name] ?? 0) + Date.now() - started
    const after = backendCpuMs(db)
    if (cpu !== undefined && after !== undefined) timings.cpu[name] = (timings.cpu[name] ?? 0) + after - cpu
    return result.rowCount ?? 0
  }
  const cases = await timed(
    'cases',
    `INSERT INTO cases (id, no, title, matter_id, matter_code, matter_version, applicant_id, applicant_org_id, applicant_region_id,
                        accepting_org_id, region_id, status, data, attachments, current_node_ids, card, created_at, submitted_at,
                        finished_at, promised_deadline, legal_deadline, state, state_version, updated_at)
     SELECT s.id, ${caseNo('s.matter_code', 's.created_at', 's.n')}, s.title, s.matter_id, s.matter_code, s.matter_version, s.applicant_id, s.applicant_org_id, s.applicant_region_id,
            s.accepting_org_id, s.region_id, s.status, s.data, s.attachments, s.current_node_ids, s.card, s.created_at,
            s.submitted_at, s.finished_at, s.promised_deadline, s.legal_deadline, s.state, s.state_version, s.updated_at
       FROM (
         SELECT c.id, c.ordinal, t.title, t.matter_id, t.matter_code, t.matter_version, t.applicant_id, t.applicant_org_id,
                t.applicant_region_id, t.accepting_org_id, t.region_id,
                CASE WHEN t.status IN ('approved', 'completed') AND t.finished_at < $5::timestamptz - interval '180 days' AND c.ordinal % 3 = 0
                     THEN 'archived' ELSE t.status END AS status,
                coalesce(replace(t.data_text, $4, c.id)::jsonb, t.data) AS data,
                CASE WHEN t.attachments = '[]' THEN '[]'::jsonb ELSE replace(t.attachments, $4, c.id)::jsonb END AS attachments,
                t.current_node_ids, t.card, t.created_at, t.submitted_at, t.finished_at,
                t.promised_deadline, t.legal_deadline, replace(t.state, $4, c.id)::json AS state, t.state_version, t.updated_at,
                $6::bigint + c.ordinal - 1 AS n
           ${copies}) s`,
    [...params, run.now, run.firstNo],
  )
  const children = await timed(
    'children',
    `INSERT INTO cases (id, no, title, matter_id, matter_code, matter_version, applicant_id, applicant_org_id, applicant_region_id,
                        accepting_org_id, region_id, status, data, attachments, current_node_ids, card, created_at, submitted_at,
                        finished_at, promised_deadline, legal_deadline, parent_case_id, parent_node_id, state, state_version, updated_at)
     SELECT c.id || x.suffix, ${caseNo('x.matter_code', 'x.created_at', '$5::bigint + $6::bigint * x.k + c.ordinal - 1')},
            -- The server's title for a sub-flow's case: the matter, then the parent's number.
            x.title || '（' || ${caseNo('t.matter_code', 't.created_at', '$5::bigint + c.ordinal - 1')} || ' 子流程）',
            x.matter_id, x.matter_code, x.matter_version, x.applicant_id, x.applicant_org_id, x.applicant_region_id,
            x.accepting_org_id, x.region_id, x.status, coalesce(replace(x.data_text, $4, c.id)::jsonb, x.data), '[]'::jsonb,
            x.current_node_ids, x.card, x.created_at, x.submitted_at, x.finished_at, x.promised_deadline, x.legal_deadline,
            c.id, x.parent_node_id, replace(x.state, $4, c.id)::json, x.state_version, x.updated_at
       ${join('gen_tpl_child')}`,
    [...params, run.firstNo, run.cases],
  )
  // 抄送 are read (已阅) like notifications: those older than two days, and a third of the recent.
  const ccRead = `(x.kind = 'cc' AND x.status = 'open' AND (x.created_at < $5::timestamptz - interval '2 days' OR c.ordinal % 3 = 0))`
  const tasks = await timed(
    'tasks',
    `INSERT INTO tasks (id, case_id, node_id, node_name, kind, assignee_id, owner_id, status, outcome, comment, created_at, completed_at, due_at, card)
     SELECT ${idOf('id')}, ${caseOf}, x.node_id, x.node_name, x.kind, x.assignee_id, x.owner_id,
            CASE WHEN ${ccRead} THEN 'completed' ELSE x.status END, CASE WHEN ${ccRead} THEN 'read' ELSE x.outcome END,
            x.comment, x.created_at,
            CASE WHEN ${ccRead} THEN least($5::timestamptz, x.created_at + (1 + c.ordinal % 20) * interval '1 hour') ELSE x.completed_at END,
            x.due_at, x.card
       ${join('gen_tpl_task')}`,
    [...params, run.now],
  )
  const events = await timed(
    'events',
    `INSERT INTO case_events (case_id, seq, type, at, actor_id, node_id, task_id, data)
     SELECT ${caseOf}, x.seq, x.type, x.at, x.actor_id, x.node_id, ${idOf('task_id')},
            coalesce(replace(x.data_text, $4, c.id)::jsonb, x.data)
       ${join('gen_tpl_event')}`,
    params,
  )
  const timers = await timed(
    'timers',
    `INSERT INTO case_timers (id, case_id, purpose, due_at, node_id, task_id, created_at)
     SELECT ${idOf('id')}, ${caseOf}, x.purpose, x.due_at, x.node_id, ${idOf('task_id')}, x.created_at
       ${join('gen_tpl_timer')}`,
    params,
  )
  const attachments = await timed(
    'attachments',
    `INSERT INTO attachments (id, case_id, material_id, name, size, sha256, content_type, uploaded_by, created_at)
     SELECT ${idOf('id')}, ${caseOf}, x.material_id, x.name, x.size, x.sha256, x.content_type, x.uploaded_by, x.created_at
       ${join('gen_tpl_attachment')}`,
    params,
  )
  const notifications = await timed(
    'notifications',
    `INSERT INTO notifications (person_id, case_id, task_id, reason, message, message_en, created_at, read_at)
     SELECT x.person_id, ${caseOf}, ${idOf('task_id')}, x.reason, x.message, x.message_en, x.at,
            CASE WHEN x.at < $5::timestamptz - interval '2 days' OR c.ordinal % 3 = 0
                 THEN least($5::timestamptz, x.at + (1 + c.ordinal % 20) * interval '1 hour') END
       ${join('gen_tpl_notification')}`,
    [...params, run.now],
  )
  return { cases, children, tasks, events, timers, attachments, notifications }
}
