import type { Queryable } from '../../../libraries/db'

/** One audit record to append. */
export interface AuditEntry {
  actorId: string | null
  actorKind: 'user' | 'api-key' | 'system' | 'anonymous'
  action: string
  targetType?: string
  targetId?: string
  outcome?: 'success' | 'failure'
  ip?: string | null
  requestId?: string
  data?: Record<string, unknown>
}

export interface AuditRow {
  id: number
  at: string
  actorId: string | null
  actorKind: string
  action: string
  targetType: string | null
  targetId: string | null
  outcome: string
  ip: string | null
  requestId: string | null
  data: Record<string, unknown>
}

/** Append one record; call it with the transaction that makes the change, so both commit or neither. */
export async function appendAudit(db: Queryable, e: AuditEntry): Promise<void> {
  await db.query(
    `INSERT INTO audit_log (actor_id, actor_kind, action, target_type, target_id, outcome, ip, request_id, data)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      e.actorId,
      e.actorKind,
      e.action,
      e.targetType ?? null,
      e.targetId ?? null,
      e.outcome ?? 'success',
      e.ip ?? null,
      e.requestId ?? null,
      e.data ?? {},
    ],
  )
}

export interface AuditQuery {
  actorId?: string
  action?: string
  targetType?: string
  targetId?: string
  before?: number
  limit: number
}

/** Newest first, keyset-paged by id. */
export async function listAudit(db: Queryable, q: AuditQuery): Promise<AuditRow[]> {
  const where: string[] = []
  const args: unknown[] = []
  const add = (sql: string, v: unknown) => {
    args.push(v)
    where.push(sql.replace('?', `$${args.length}`))
  }
  if (q.actorId) add('actor_id = ?', q.actorId)
  if (q.action) add('action = ?', q.action)
  if (q.targetType) add('target_type = ?', q.targetType)
  if (q.targetId) add('target_id = ?', q.targetId)
  if (q.before) add('id < ?', q.before)
  args.push(q.limit)
  const { rows } = await db.query(
    `SELECT id, at, actor_id AS "actorId", actor_kind AS "actorKind", action, target_type AS "targetType",
            target_id AS "targetId", outcome, ip, request_id AS "requestId", data
       FROM audit_log ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
      ORDER BY id DESC LIMIT $${args.length}`,
    args,
  )
  return rows.map((r) => ({ ...r, at: new Date(r.at).toISOString() })) as AuditRow[]
}
