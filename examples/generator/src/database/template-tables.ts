import { toCaseRecordFields, type CaseState } from '@tongban/flow-engine'
import type { AttachmentRef } from '@tongban/schemas'
import type pg from 'pg'
import type { CaseTemplate } from '../simulate/simulate-case'
import { CASE_ID_TOKEN } from '../simulate/simulate-case'

/**
 * Staging tables holding the simulated templates before the copy-out: UNLOGGED (no WAL; they are
 * thrown away at the end) and shared by the parallel writer connections.
 */
export const DROP_TEMPLATE_TABLES =
  'DROP TABLE IF EXISTS gen_tpl_case, gen_tpl_task, gen_tpl_event, gen_tpl_timer, gen_tpl_attachment, gen_tpl_notification'
export const CREATE_TEMPLATE_TABLES = `
CREATE UNLOGGED TABLE gen_tpl_case (
  tpl int PRIMARY KEY, first_case int NOT NULL, cases int NOT NULL,
  matter_id text, matter_code text, matter_version int, applicant_id text, applicant_org_id text,
  applicant_region_id text, accepting_org_id text, region_id text, title text, status text, data jsonb,
  data_text text, attachments text, current_node_ids text[], card text, created_at timestamptz, submitted_at timestamptz, finished_at timestamptz,
  promised_deadline timestamptz, legal_deadline timestamptz, state text, state_version int, updated_at timestamptz);
CREATE UNLOGGED TABLE gen_tpl_task (
  tpl int, id text, node_id text, node_name text, kind text, assignee_id text, owner_id text, status text,
  outcome text, comment text, created_at timestamptz, completed_at timestamptz, due_at timestamptz, card text);
CREATE UNLOGGED TABLE gen_tpl_event (
  tpl int, seq int, type text, at timestamptz, actor_id text, node_id text, task_id text, data jsonb, data_text text);
CREATE UNLOGGED TABLE gen_tpl_timer (
  tpl int, id text, purpose text, due_at timestamptz, node_id text, task_id text, created_at timestamptz);
CREATE UNLOGGED TABLE gen_tpl_attachment (
  tpl int, id text, material_id text, name text, size bigint, sha256 text, content_type text, uploaded_by text,
  created_at timestamptz);
CREATE UNLOGGED TABLE gen_tpl_notification (
  tpl int, person_id text, task_id text, reason text, message text, message_en text, at timestamptz);
-- The writers read each table by template range while the simulation still appends to them.
CREATE INDEX ON gen_tpl_task (tpl); CREATE INDEX ON gen_tpl_event (tpl); CREATE INDEX ON gen_tpl_timer (tpl);
CREATE INDEX ON gen_tpl_attachment (tpl); CREATE INDEX ON gen_tpl_notification (tpl);
`
/** Fresh statistics for the staging tables (run while they grow, so the copy-out keeps its index plans). */
export const ANALYZE_TEMPLATE_TABLES = `
ANALYZE gen_tpl_case; ANALYZE gen_tpl_task; ANALYZE gen_tpl_event; ANALYZE gen_tpl_timer;
ANALYZE gen_tpl_attachment; ANALYZE gen_tpl_notification;
`

export interface TemplateRow {
  tpl: number
  firstCase: number
  cases: number
  matterId: string
  title: string
  applicantRegionId: string | null
  acceptingOrgId: string
  regionId: string
  template: CaseTemplate
  /** Uploads the case's data references (ids carry the placeholder case id). */
  attachments: AttachmentRef[]
}

/**
 * Stage a chunk of templates (one round trip per table, rows as a JSON array). Notifications
 * older than `notifySince` are left out: the bell and its list show recent ones.
 */
export async function insertTemplates(
  db: pg.ClientBase,
  rows: readonly TemplateRow[],
  notifySince: string,
): Promise<void> {
  const cases = rows.map((r) => caseRow(r))
  const tasks = rows.flatMap((r) => r.template.tasks.map((t) => ({ tpl: r.tpl, ...snake(t) })))
  const events = rows.flatMap((r) =>
    r.template.events.map((e) => {
      const data = e.data === undefined ? null : JSON.stringify(e.data)
      // Data naming the case is staged as text: each copy replaces the id and parses it once.
      const hasId = data !== null && data.includes(CASE_ID_TOKEN)
      return {
        tpl: r.tpl,
        seq: e.seq,
        type: e.type,
        at: e.at,
        actor_id: e.actorId ?? null,
        node_id: e.nodeId ?? null,
        task_id: e.taskId ?? null,
        data: hasId ? null : (e.data ?? null),
        data_text: hasId ? data : null,
      }
    }),
  )
  const timers = rows.flatMap((r) =>
    Object.values(r.template.state.timers).map((t) => ({
      tpl: r.tpl,
      id: t.id,
      purpose: t.purpose,
      due_at: t.dueAt,
      node_id: t.nodeId ?? null,
      task_id: t.taskId ?? null,
      created_at: r.template.events.at(-1)?.at ?? r.template.state.createdAt,
    })),
  )
  const attachments = rows.flatMap((r) =>
    r.attachments.map((a) => ({
      tpl: r.tpl,
      id: a.id,
      material_id: a.materialId ?? null,
      name: a.name,
      size: a.size,
      sha256: a.sha256,
      content_type: a.contentType,
      uploaded_by: r.template.state.applicant.id,
      // Uploaded while filling in the form, shortly before the case was created.
      created_at: new Date(Date.parse(r.template.state.createdAt) - 600_000).toISOString(),
    })),
  )
  const notifications = rows.flatMap((r) =>
    r.template.notifications
      .filter((n) => n.at >= notifySince)
      .map((n) => ({
        tpl: r.tpl,
        person_id: n.personId,
        task_id: n.taskId,
        reason: n.reason,
        message: n.message,
        message_en: n.messageEn,
        at: n.at,
      })),
  )
  for (const [table, items] of [
    ['gen_tpl_case', cases],
    ['gen_tpl_task', tasks],
    ['gen_tpl_event', events],
    ['gen_tpl_timer', timers],
    ['gen_tpl_attachment', attachments],
    ['gen_tpl_notification', notifications],
  ] as const) {
    if (items.length)
      await db.query(`INSERT INTO ${table} SELECT * FROM json_populate_recordset(NULL::${table}, $1::json)`, [
        JSON.stringify(items),
      ])
  }
}

function caseRow(r: TemplateRow) {
  const state: CaseState = r.template.state
  const f = toCaseRecordFields(state)
  const bundle = state.matter
  return {
    tpl: r.tpl,
    first_case: r.firstCase,
    cases: r.cases,
    matter_id: r.matterId,
    matter_code: bundle.code,
    matter_version: bundle.version,
    applicant_id: state.applicant.id,
    applicant_org_id: state.applicant.orgId,
    applicant_region_id: r.applicantRegionId,
    accepting_org_id: r.acceptingOrgId,
    region_id: r.regionId,
    title: r.title,
    status: f.status,
    ...(JSON.stringify(f.data).includes(CASE_ID_TOKEN)
      ? { data: null, data_text: JSON.stringify(f.data) }
      : { data: f.data, data_text: null }),
    attachments: JSON.stringify(r.attachments),
    current_node_ids: f.currentNodeIds,
    card: f.card,
    created_at: state.createdAt,
    submitted_at: f.submittedAt ?? null,
    finished_at: f.finishedAt ?? null,
    promised_deadline: f.promisedDeadline ?? null,
    legal_deadline: f.legalDeadline ?? null,
    state: JSON.stringify(state),
    state_version: f.stateVersion,
    updated_at: r.template.events.at(-1)?.at ?? state.createdAt,
  }
}

function snake(t: CaseTemplate['tasks'][number]) {
  return {
    id: t.id,
    node_id: t.nodeId,
    node_name: t.nodeName,
    kind: t.kind,
    assignee_id: t.assigneeId,
    owner_id: t.ownerId ?? null,
    status: t.status,
    outcome: t.outcome ?? null,
    comment: t.comment ?? null,
    created_at: t.createdAt,
    completed_at: t.completedAt ?? null,
    due_at: t.dueAt ?? null,
    card: t.card,
  }
}
