import type { ActionName, HumanTaskNode, TaskRecord } from '@tongban/schemas'
import { ACTION_NAMES } from '@tongban/schemas'
import { activityNode, findSigner } from '../activity/activity'
import { fault, faults } from '../core/fault'
import type { Run } from '../core/run'
import type { Activity, Signer } from '../types'

export interface TaskAccess {
  task: TaskRecord
  activity: Activity
  signer: Signer
  slot: number
  node: HumanTaskNode
}

/**
 * The checks every task action shares: the task is live, the actor holds it, it is open (not queued
 * behind 前加签, not delegated away), the node allows the action and the comment rule is met.
 */
export function takeTask(
  run: Run,
  cmd: { actorId: string; taskId: string; comment?: string },
  action: ActionName,
  opts: { allowWaiting?: boolean; allowDelegated?: boolean } = {},
): TaskAccess {
  const task = run.state.tasks[cmd.taskId]
  if (!task) return faults.taskNotFound(cmd.taskId)
  if (task.kind === 'correction')
    fault('task.is-correction', 409, '补正待办请使用“重新提交”', 'Use "resubmit" for a correction task')
  if (task.assigneeId !== cmd.actorId) faults.notAssignee()
  if (task.ownerId && !opts.allowDelegated)
    fault('task.delegated', 409, '待办已委派，被委派人只能归还或评论', 'A delegated task can only be resolved or commented')
  if (task.status !== 'open' && !opts.allowWaiting) faults.taskNotOpen()
  const found = findSigner(run, task.id)
  if (!found) return faults.taskNotFound(cmd.taskId)
  const node = activityNode(run, found.activity)
  const allowed = node.actions ?? ACTION_NAMES
  if (!allowed.includes(action)) faults.actionDisabled(action)
  if (node.commentRequired?.includes(action) && !cmd.comment?.trim())
    fault('comment.required', 422, '此操作需要填写意见', 'This action needs a comment', [
      { path: '/comment', code: 'comment.required', message: '请填写意见', messageEn: 'Write a comment' },
    ])
  if (cmd.actorId !== run.state.applicant.id) run.state.acted = true
  return { task, activity: found.activity, signer: found.signer, slot: found.slot, node }
}

/** The person must exist and be active. */
export function requireActive(run: Run, personId: string): void {
  if (!run.directory.isActivePerson(personId)) faults.unknownPerson(personId)
}

/** Applicant, a holder (or owner) of a live task, someone who decided earlier, or an administrator. */
export function isParticipant(run: Run, personId: string): boolean {
  const s = run.state
  if (personId === s.applicant.id) return true
  for (const t of Object.values(s.tasks)) if (t.assigneeId === personId || t.ownerId === personId) return true
  for (const e of s.path) if (e.actors?.includes(personId)) return true
  return run.isAdmin(personId)
}
