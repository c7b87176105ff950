import type { TaskRecord } from '@tongban/schemas'
import type { Pool } from 'pg'
import type { Principal } from '../../../libraries/auth/principal'
import { inTransaction } from '../../../libraries/db'
import { errors } from '../../../libraries/errors/app-error'
import type { RequestMeta } from '../../../libraries/http/request'
import { appendAudit } from '../../audit/data-access/audit-repository'
import { auditBase } from '../../audit/domain/audit-actor'
import { toTaskRecord } from '../../cases/data-access/case-repository'

/**
 * 已阅: the recipient of a 抄送 marks it read. A cc task is not flow state (the engine only emits
 * it), so this is the task row alone: status `completed`, outcome `read`, the time it was read, and
 * an audit record. Reading again changes nothing and answers the same task; someone else's task,
 * or one that is not a cc, is "not found" (no hint that it exists).
 */
export async function markCcRead(
  pool: Pool,
  taskId: string,
  req: { principal: Principal; meta: RequestMeta },
): Promise<TaskRecord> {
  const personId = req.principal.personId
  if (!personId) throw errors.notFound('抄送', 'Copy', taskId)
  return inTransaction(pool, async (tx) => {
    const { rows } = await tx.query(
      `UPDATE tasks SET status = 'completed', outcome = 'read', completed_at = now()
        WHERE id = $1 AND assignee_id = $2 AND kind = 'cc' AND status = 'open'
        RETURNING *`,
      [taskId, personId],
    )
    if (rows[0]) {
      await appendAudit(tx, {
        ...auditBase(req.principal, req.meta),
        action: 'task.read',
        targetType: 'task',
        targetId: taskId,
        data: { caseId: rows[0].case_id },
      })
      return toTaskRecord(rows[0])
    }
    const { rows: read } = await tx.query(
      `SELECT * FROM tasks WHERE id = $1 AND assignee_id = $2 AND kind = 'cc'`,
      [taskId, personId],
    )
    if (!read[0]) throw errors.notFound('抄送', 'Copy', taskId)
    return toTaskRecord(read[0])
  })
}

/** At most this many copies are marked by one "mark all read" (the rest by the next). */
export const READ_ALL_LIMIT = 500

/**
 * 全部已阅: every unread 抄送 of the caller, oldest first, up to {@link READ_ALL_LIMIT}, in one
 * statement, audited once with the tasks marked. `more` says whether unread copies are left.
 */
export async function markAllCcRead(
  pool: Pool,
  req: { principal: Principal; meta: RequestMeta },
): Promise<{ marked: number; more: boolean }> {
  const personId = req.principal.personId
  if (!personId) return { marked: 0, more: false }
  return inTransaction(pool, async (tx) => {
    const { rows } = await tx.query(
      `UPDATE tasks SET status = 'completed', outcome = 'read', completed_at = now()
        WHERE id IN (SELECT id FROM tasks WHERE assignee_id = $1 AND kind = 'cc' AND status = 'open'
                      ORDER BY created_at, id LIMIT $2 FOR UPDATE SKIP LOCKED)
        RETURNING id, case_id`,
      [personId, READ_ALL_LIMIT],
    )
    if (rows.length)
      await appendAudit(tx, {
        ...auditBase(req.principal, req.meta),
        action: 'task.read-all',
        targetType: 'person',
        targetId: personId,
        data: { tasks: rows.map((r) => r.id as string) },
      })
    const left = await tx.query(
      `SELECT 1 FROM tasks WHERE assignee_id = $1 AND kind = 'cc' AND status = 'open' LIMIT 1`,
      [personId],
    )
    return { marked: rows.length, more: (left.rowCount ?? 0) > 0 }
  })
}
