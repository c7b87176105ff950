import type { CaseState, CaseRecordFields } from '@tongban/flow-engine'
import type { CaseEvent, CaseRecord, TaskRecord } from '@tongban/schemas'
import type { Queryable } from '../../../libraries/db'

export interface CaseRow {
  id: string
  no: string
  title: string
  matterId: string
  matterCode: string
  matterVersion: number
  applicantId: string
  applicantOrgId: string
  applicantRegionId: string | null
  acceptingOrgId: string
  regionId: string
  status: CaseRecord['status']
  data: Record<string, unknown>
  attachments: CaseRecord['attachments']
  currentNodeIds: string[]
  card: CaseRecord['card']
  createdAt: Date
  submittedAt: Date | null
  finishedAt: Date | null
  promisedDeadline: Date | null
  legalDeadline: Date | null
  parentCaseId: string | null
  parentNodeId: string | null
  state: CaseState
  stateVersion: number
}

export const CASE_COLUMNS = `c.id, c.no, c.title, c.matter_id AS "matterId", c.matter_code AS "matterCode", c.matter_version AS "matterVersion",
  c.applicant_id AS "applicantId", c.applicant_org_id AS "applicantOrgId", c.applicant_region_id AS "applicantRegionId",
  c.accepting_org_id AS "acceptingOrgId", c.region_id AS "regionId", c.status, c.data, c.attachments,
  c.current_node_ids AS "currentNodeIds", c.card, c.created_at AS "createdAt", c.submitted_at AS "submittedAt",
  c.finished_at AS "finishedAt", c.promised_deadline AS "promisedDeadline", c.legal_deadline AS "legalDeadline",
  c.parent_case_id AS "parentCaseId", c.parent_node_id AS "parentNodeId", c.state_version AS "stateVersion"`

export async function findCase(db: Queryable, id: string, withState = true): Promise<CaseRow | null> {
  const { rows } = await db.query(
    `SELECT ${CASE_COLUMNS}${withState ? ', c.state' : ''} FROM cases c WHERE c.id = $1`,
    [id],
  )
  return (rows[0] as CaseRow | undefined) ?? null
}

export async function insertCase(
  db: Queryable,
  c: Omit<
    CaseRow,
    | 'no'
    | 'createdAt'
    | 'submittedAt'
    | 'finishedAt'
    | 'promisedDeadline'
    | 'legalDeadline'
    | 'status'
    | 'data'
    | 'currentNodeIds'
    | 'card'
    | 'attachments'
    | 'stateVersion'
  > & { fields: CaseRecordFields; createdAt: string },
): Promise<string> {
  const { rows } = await db.query(
    `INSERT INTO cases (id, no, title, matter_id, matter_code, matter_version, applicant_id, applicant_org_id, applicant_region_id,
                        accepting_org_id, region_id, status, data, current_node_ids, card, created_at, submitted_at, finished_at,
                        promised_deadline, legal_deadline, parent_case_id, parent_node_id, state, state_version)
     VALUES ($1, $5 || '-' || to_char($16::timestamptz AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD') || '-' || (SELECT CASE WHEN n < 1000000 THEN lpad(n::text, 6, '0') ELSE n::text END FROM nextval('case_no_seq') AS n),
             $2, $3, $5, $4, $6, $7, $8, $9, $10, $11, $12, $13, $14, $16, $17, $18, $19, $20, $21, $22, $23, $15)
     RETURNING no`,
    [
      c.id,
      c.title,
      c.matterId,
      c.matterVersion,
      c.matterCode,
      c.applicantId,
      c.applicantOrgId,
      c.applicantRegionId,
      c.acceptingOrgId,
      c.regionId,
      c.fields.status,
      c.fields.data,
      c.fields.currentNodeIds,
      c.fields.card,
      c.fields.stateVersion,
      c.createdAt,
      c.fields.submittedAt ?? null,
      c.fields.finishedAt ?? null,
      c.fields.promisedDeadline ?? null,
      c.fields.legalDeadline ?? null,
      c.parentCaseId,
      c.parentNodeId,
      c.state,
    ],
  )
  return rows[0].no as string
}

/**
 * Save a new state only if nobody saved since `expectedVersion` was read (optimistic lock).
 * Returns false when another transaction won.
 */
export async function saveState(
  db: Queryable,
  id: string,
  expectedVersion: number,
  state: CaseState,
  f: CaseRecordFields,
): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE cases SET state = $3, state_version = $4, status = $5, data = $6, current_node_ids = $7, card = $8,
            submitted_at = $9, finished_at = $10, promised_deadline = $11, legal_deadline = $12, updated_at = now()
      WHERE id = $1 AND state_version = $2`,
    [
      id,
      expectedVersion,
      state,
      f.stateVersion,
      f.status,
      f.data,
      f.currentNodeIds,
      f.card,
      f.submittedAt ?? null,
      f.finishedAt ?? null,
      f.promisedDeadline ?? null,
      f.legalDeadline ?? null,
    ],
  )
  return (rowCount ?? 0) === 1
}

export async function upsertTask(db: Queryable, t: TaskRecord): Promise<void> {
  await db.query(
    `INSERT INTO tasks (id, case_id, node_id, node_name, kind, assignee_id, owner_id, status, outcome, comment, created_at, completed_at, due_at, card)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
     ON CONFLICT (id) DO UPDATE SET assignee_id = EXCLUDED.assignee_id, owner_id = EXCLUDED.owner_id, status = EXCLUDED.status,
       outcome = EXCLUDED.outcome, comment = EXCLUDED.comment, completed_at = EXCLUDED.completed_at, due_at = EXCLUDED.due_at,
       card = EXCLUDED.card, node_name = EXCLUDED.node_name`,
    [
      t.id,
      t.caseId,
      t.nodeId,
      t.nodeName,
      t.kind,
      t.assigneeId,
      t.ownerId ?? null,
      t.status,
      t.outcome ?? null,
      t.comment ?? null,
      t.createdAt,
      t.completedAt ?? null,
      t.dueAt ?? null,
      t.card,
    ],
  )
}

export async function insertEvents(db: Queryable, events: readonly CaseEvent[]): Promise<void> {
  if (!events.length) return
  await db.query(
    `INSERT INTO case_events (case_id, seq, type, at, actor_id, node_id, task_id, data)
     SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::timestamptz[], $5::text[], $6::text[], $7::text[], $8::jsonb[])`,
    [
      events.map((e) => e.caseId),
      events.map((e) => e.seq),
      events.map((e) => e.type),
      events.map((e) => e.at),
      events.map((e) => e.actorId),
      events.map((e) => e.nodeId ?? null),
      events.map((e) => e.taskId ?? null),
      events.map((e) => (e.data === undefined ? null : JSON.stringify(e.data))),
    ],
  )
}

export async function listEvents(db: Queryable, caseId: string): Promise<CaseEvent[]> {
  const { rows } = await db.query(
    `SELECT case_id AS "caseId", seq, type, at, actor_id AS "actorId", node_id AS "nodeId", task_id AS "taskId", data
       FROM case_events WHERE case_id = $1 ORDER BY seq`,
    [caseId],
  )
  return rows.map((r) => {
    const e: CaseEvent = { caseId: r.caseId, seq: r.seq, type: r.type, at: iso(r.at), actorId: r.actorId }
    if (r.nodeId) e.nodeId = r.nodeId
    if (r.taskId) e.taskId = r.taskId
    if (r.data) e.data = r.data
    return e
  })
}

export async function listCaseTasks(db: Queryable, caseId: string): Promise<TaskRecord[]> {
  const { rows } = await db.query(`SELECT * FROM tasks WHERE case_id = $1 ORDER BY created_at, id`, [caseId])
  return rows.map(toTaskRecord)
}

/** A task row as the contract's TaskRecord. */
export function toTaskRecord(r: Record<string, any>): TaskRecord {
  return compact({
    id: r.id,
    caseId: r.case_id,
    nodeId: r.node_id,
    nodeName: r.node_name,
    kind: r.kind,
    assigneeId: r.assignee_id,
    ownerId: r.owner_id ?? undefined,
    status: r.status,
    outcome: r.outcome ?? undefined,
    comment: r.comment ?? undefined,
    createdAt: iso(r.created_at),
    completedAt: r.completed_at ? iso(r.completed_at) : undefined,
    dueAt: r.due_at ? iso(r.due_at) : undefined,
    card: r.card,
  }) as TaskRecord
}

/** A case row as the contract's CaseRecord. */
export function toCaseRecord(c: CaseRow): CaseRecord {
  return compact({
    id: c.id,
    no: c.no,
    title: c.title,
    matterId: c.matterId,
    matterCode: c.matterCode,
    matterVersion: c.matterVersion,
    applicantId: c.applicantId,
    applicantOrgId: c.applicantOrgId,
    status: c.status,
    data: c.data,
    attachments: c.attachments,
    currentNodeIds: c.currentNodeIds,
    card: c.card,
    createdAt: iso(c.createdAt),
    submittedAt: c.submittedAt ? iso(c.submittedAt) : undefined,
    finishedAt: c.finishedAt ? iso(c.finishedAt) : undefined,
    promisedDeadline: c.promisedDeadline ? iso(c.promisedDeadline) : undefined,
    legalDeadline: c.legalDeadline ? iso(c.legalDeadline) : undefined,
    parentCaseId: c.parentCaseId ?? undefined,
    stateVersion: c.stateVersion,
  }) as CaseRecord
}

// helpers

function iso(v: Date | string): string {
  return new Date(v).toISOString()
}

function compact<T extends Record<string, unknown>>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined || o[k] === null) delete o[k]
  return o
}
