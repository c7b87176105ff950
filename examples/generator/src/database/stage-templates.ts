import { toCaseRecordFields } from '@tongban/flow-engine'
import type { AttachmentRef } from '@tongban/schemas'
import type pg from 'pg'
import type { CaseTemplate } from '../simulate/simulate-case'
import { CASE_ID_TOKEN } from '../simulate/simulate-case'

/** Where a case of a template belongs in the directory and the matter list. */
export interface CasePlacement {
  matterId: string
  title: string
  applicantRegionId: string | null
  acceptingOrgId: string
  regionId: string
}

/** One simulated template with what its copies need. */
export interface TemplateRow extends CasePlacement {
  tpl: number
  firstCase: number
  cases: number
  template: CaseTemplate
  /** Uploads the case's data references (ids carry the placeholder case id). */
  attachments: AttachmentRef[]
  /** Child cases of its sub-flows, numbered k = 1, 2 … */
  children: Array<CasePlacement & { suffix: string; parentNodeId: string; template: CaseTemplate }>
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
  const cases = rows.map((r) => ({
    tpl: r.tpl,
    first_case: r.firstCase,
    cases: r.cases,
    ...caseColumns(r, r.template),
    attachments: JSON.stringify(r.attachments),
  }))
  const children = rows.flatMap((r) =>
    r.children.map((c, i) => ({
      tpl: r.tpl,
      suffix: c.suffix,
      k: i + 1,
      parent_node_id: c.parentNodeId,
      ...caseColumns(c, c.template),
      attachments: '[]',
    })),
  )
  // Every case of a template (the template's own: suffix '', then its children).
  const units = rows.flatMap((r) => [
    { tpl: r.tpl, suffix: '', template: r.template },
    ...r.children.map((c) => ({ tpl: r.tpl, suffix: c.suffix, template: c.template })),
  ])
  const tasks = units.flatMap((u) =>
    u.template.tasks.map((t) => ({ tpl: u.tpl, suffix: u.suffix, ...snake(t), ...idColumns('id', t.id) })),
  )
  const events = units.flatMap((u) =>
    u.template.events.map((e) => {
      const data = e.data === undefined ? null : JSON.stringify(e.data)
      // Data naming the case is staged as text: each copy replaces the id and parses it once.
      const hasId = data !== null && data.includes(CASE_ID_TOKEN)
      return {
        tpl: u.tpl,
        suffix: u.suffix,
        seq: e.seq,
        type: e.type,
        at: e.at,
        actor_id: e.actorId ?? null,
        node_id: e.nodeId ?? null,
        ...idColumns('task_id', e.taskId),
        data: hasId ? null : (e.data ?? null),
        data_text: hasId ? data : null,
      }
    }),
  )
  const timers = units.flatMap((u) =>
    Object.values(u.template.state.timers).map((t) => ({
      tpl: u.tpl,
      suffix: u.suffix,
      ...idColumns('id', t.id),
      purpose: t.purpose,
      due_at: t.dueAt,
      node_id: t.nodeId ?? null,
      ...idColumns('task_id', t.taskId),
      created_at: u.template.events.at(-1)?.at ?? u.template.state.createdAt,
    })),
  )
  const attachments = rows.flatMap((r) =>
    r.attachments.map((a) => ({
      tpl: r.tpl,
      suffix: '',
      ...idColumns('id', a.id),
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
  const notifications = units.flatMap((u) =>
    u.template.notifications
      .filter((n) => n.at >= notifySince)
      .map((n) => ({
        tpl: u.tpl,
        suffix: u.suffix,
        person_id: n.personId,
        ...idColumns('task_id', n.taskId),
        reason: n.reason,
        message: n.message,
        message_en: n.messageEn,
        at: n.at,
      })),
  )
  for (const [table, items] of [
    ['gen_tpl_case', cases],
    ['gen_tpl_child', children],
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

/**
 * An id naming the case (`<case>-t3`, `<case>-c1-t2` …) staged as its tail after the placeholder:
 * each copy only appends it to its own id (`c.id || tail`), about twice as cheap per row as
 * `replace`. Anything else (no placeholder, or not at the start) stays whole for `replace`.
 */
function idColumns<K extends string>(
  name: K,
  value: string | null | undefined,
): Record<K | `${K}_tail`, string | null> {
  const tail =
    value?.startsWith(CASE_ID_TOKEN) && !value.includes(CASE_ID_TOKEN, CASE_ID_TOKEN.length)
      ? value.slice(CASE_ID_TOKEN.length)
      : null
  return { [name]: tail === null ? (value ?? null) : null, [`${name}_tail`]: tail } as Record<
    K | `${K}_tail`,
    string | null
  >
}

/** The case row columns shared by templates and their children. */
function caseColumns(p: CasePlacement, template: CaseTemplate) {
  const state = template.state
  const f = toCaseRecordFields(state)
  const data = JSON.stringify(f.data)
  return {
    matter_id: p.matterId,
    matter_code: state.matter.code,
    matter_version: state.matter.version,
    applicant_id: state.applicant.id,
    applicant_org_id: state.applicant.orgId,
    applicant_region_id: p.applicantRegionId,
    accepting_org_id: p.acceptingOrgId,
    region_id: p.regionId,
    title: p.title,
    status: f.status,
    ...(data.includes(CASE_ID_TOKEN) ? { data: null, data_text: data } : { data: f.data, data_text: null }),
    current_node_ids: f.currentNodeIds,
    card: f.card,
    created_at: state.createdAt,
    submitted_at: f.submittedAt ?? null,
    finished_at: f.finishedAt ?? null,
    promised_deadline: f.promisedDeadline ?? null,
    legal_deadline: f.legalDeadline ?? null,
    state: JSON.stringify(state),
    state_version: f.stateVersion,
    updated_at: template.events.at(-1)?.at ?? state.createdAt,
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
