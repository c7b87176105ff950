import type { Queryable } from '../../../libraries/db'

/** How a task that is no longer live was closed: by whom, when, with what outcome. */
export interface TaskClosure {
  taskId: string
  status: string
  outcome: string | null
  closedAt: string | null
  closedBy: { id: string; name: string | null } | null
}

/**
 * The task's row and the event that closed it (task.completed, task.cancelled, …), with the
 * actor's name. Only read when an action met a closed task (not on the hot path).
 */
export async function findTaskClosure(db: Queryable, taskId: string): Promise<TaskClosure | null> {
  const { rows } = await db.query(
    `SELECT t.id, t.status, t.outcome, coalesce(e.at, t.completed_at) AS at, e.actor_id, p.name
       FROM tasks t
       LEFT JOIN LATERAL (
         SELECT at, actor_id FROM case_events
          WHERE case_id = t.case_id AND task_id = t.id AND type <> 'task.created'
          ORDER BY seq DESC LIMIT 1
       ) e ON true
       LEFT JOIN people p ON p.id = e.actor_id
      WHERE t.id = $1`,
    [taskId],
  )
  const r = rows[0]
  if (!r) return null
  return {
    taskId: r.id,
    status: r.status,
    outcome: r.outcome ?? null,
    closedAt: r.at ? new Date(r.at).toISOString() : null,
    closedBy: r.actor_id ? { id: r.actor_id, name: r.name ?? null } : null,
  }
}
