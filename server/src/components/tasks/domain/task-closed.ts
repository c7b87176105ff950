import { AppError } from '../../../libraries/errors/app-error'
import type { TaskClosure } from '../data-access/task-closure'

const OUTCOMES: Record<string, [string, string]> = {
  approved: ['同意', 'approved'],
  rejected: ['不同意', 'rejected'],
  returned: ['退回', 'returned'],
  transferred: ['转办', 'transferred'],
  delegated: ['委派', 'delegated'],
  'auto-approved': ['超时自动同意', 'approved automatically'],
  'auto-rejected': ['超时自动不同意', 'rejected automatically'],
  withdrawn: ['撤回', 'withdrawn'],
  resubmitted: ['重新提交', 'resubmitted'],
  read: ['已阅', 'read'],
}

/** Task statuses in which the task can still be acted on (the engine decides the rest). */
export const LIVE_TASK_STATUSES: readonly string[] = ['open', 'waiting']

/**
 * 409 for an action on a task that was already handled or closed: says by whom and when (in
 * China time), so the user knows nothing is left to do. `details` carries the same facts.
 */
export function taskClosedError(c: TaskClosure): AppError {
  const when = c.closedAt ? chinaTime(c.closedAt) : null
  const who = c.closedBy ? (c.closedBy.name ?? c.closedBy.id) : null
  const [outcomeZh, outcomeEn] = (c.outcome && OUTCOMES[c.outcome]) || [null, null]
  const zh =
    c.status === 'completed'
      ? `该待办已${when ? `于 ${when} ` : ''}${who ? `由 ${who} ` : ''}办理${outcomeZh ? `（${outcomeZh}）` : ''}，无需重复办理`
      : `该待办已${when ? `于 ${when} ` : ''}${who ? `因 ${who} 的操作` : ''}关闭，无需再办理`
  const en =
    c.status === 'completed'
      ? `This task was already handled${who ? ` by ${who}` : ''}${when ? ` at ${when}` : ''}${outcomeEn ? ` (${outcomeEn})` : ''}; nothing is left to do`
      : `This task was closed${who ? ` by an action of ${who}` : ''}${when ? ` at ${when}` : ''}; nothing is left to do`
  return new AppError('task.closed', zh, 409, en, {
    taskId: c.taskId,
    status: c.status,
    ...(c.outcome ? { outcome: c.outcome } : {}),
    ...(c.closedAt ? { closedAt: c.closedAt } : {}),
    ...(c.closedBy ? { closedBy: c.closedBy } : {}),
  })
}

/** `2026-11-27 19:24` in Asia/Shanghai (UTC+8, no daylight saving). */
function chinaTime(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')
}
