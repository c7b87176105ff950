import { evaluate, resync } from '../activity/activity'
import { omit } from '../core/omit'
import { killToken } from '../core/cancel'
import { deepClone } from '../core/clone'
import { fault } from '../core/fault'
import { finishCase } from '../core/finish'
import type { Run } from '../core/run'
import { parseScope } from '../core/scope'
import type { Activity, PathEntry, Signer, WithdrawCommand } from '../types'
import { RUNNING_OR_RETURNED, type CommandHandler } from './command-handler'

/**
 * 撤回. The applicant: the case ends as withdrawn, only while nobody else has acted. An approver
 * (with the `taskId` they completed): their decision is taken back while nothing happened after it
 * (see ARCHITECTURE.md, withdraw).
 */
export const withdrawCommand: CommandHandler<'withdraw'> = {
  type: 'withdraw',
  statuses: RUNNING_OR_RETURNED,
  actor: (c) => c.actorId,
  apply(run, cmd) {
    if (cmd.taskId === undefined) withdrawCase(run, cmd)
    else withdrawDecision(run, cmd, cmd.taskId)
  },
}

function withdrawCase(run: Run, cmd: WithdrawCommand): void {
  if (cmd.actorId !== run.state.applicant.id)
    fault('withdraw.not-applicant', 403, '只有申请人可以撤回办件', 'Only the applicant may withdraw the case')
  if (!run.flow.doc.settings.allowWithdraw)
    fault('withdraw.disabled', 403, '本事项不允许撤回', 'This matter does not allow withdrawing')
  if (run.state.acted)
    fault('withdraw.too-late', 409, '已有人处理，不能撤回', 'Someone has already acted; the case cannot be withdrawn')
  finishCase(run, 'withdrawn', cmd.comment ? { comment: cmd.comment } : {})
}

function withdrawDecision(run: Run, cmd: WithdrawCommand, taskId: string): void {
  if (run.state.status !== 'in-progress') tooLate()
  const live = findIn(Object.values(run.state.activities), taskId)
  if (live) {
    const { activity, signer } = live
    mine(signer, cmd.actorId)
    if (activity.lastActionSeq !== signer.decidedSeq) tooLate()
    reopen(run, activity, signer, taskId)
    return
  }
  const entry = [...run.state.path].reverse().find((e) => !e.undone && e.activity && findIn([e.activity], taskId))
  if (!entry || entry.outcome !== 'approved')
    fault('withdraw.not-found', 404, '没有可撤回的已办', 'No decision of yours to withdraw')
  const { activity, signer } = findIn([deepClone(entry.activity!)], taskId)!
  mine(signer, cmd.actorId)
  if (activity.lastActionSeq !== signer.decidedSeq) tooLate()
  const after = descendants(run, entry)
  for (const t of after) killToken(run, t)
  for (const f of Object.values(run.state.forks)) if (f.since === entry.i) run.state.forks = omit(run.state.forks, f.id)
  for (const e of run.state.path) if (e.i === entry.i || (e.i > entry.i && e.since === entry.i)) run.undo(e.i)
  const token = run.newToken(entry.nodeId, parseScope(entry.scope), entry.since, [])
  activity.tokenId = token.id
  token.wait = { kind: 'activity', activityId: activity.id }
  run.state.activities[activity.id] = activity
  if (activity.dueAt) run.setTimer('task-due', activity.dueAt, { activityId: activity.id, nodeId: activity.nodeId })
  run.event('node.entered', { nodeId: entry.nodeId, data: { tokenId: token.id, withdrawn: taskId } })
  reopen(run, activity, signer, taskId)
}

/** Tokens that came out of the decision at `entry`, all still untouched, or a refusal. */
function descendants(run: Run, entry: PathEntry) {
  const tokens = run.state.tokens.filter((t) => t.since === entry.i)
  if (tokens.length === 0) tooLate()
  for (const f of Object.values(run.state.forks)) if (f.arrived.some((a) => a.since === entry.i)) tooLate()
  for (const t of tokens) {
    if (t.wait?.kind === 'timer') continue
    if (t.wait?.kind !== 'activity') tooLate()
    const a = run.state.activities[t.wait.activityId]
    if (!a || a.lastActionSeq !== undefined) tooLate()
  }
  return tokens
}

function reopen(run: Run, activity: Activity, signer: Signer, taskId: string): void {
  signer.status = 'pending'
  delete signer.taskId
  delete signer.decidedSeq
  delete activity.lastActionSeq
  run.event('task.withdrawn', { nodeId: activity.nodeId, taskId })
  resync(run, activity)
  evaluate(run, activity)
}

function findIn(activities: Activity[], taskId: string): { activity: Activity; signer: Signer } | null {
  for (const activity of activities)
    for (const slot of activity.slots) for (const signer of slot.chain) if (signer.taskId === taskId) return { activity, signer }
  return null
}

function mine(signer: Signer, actorId: string): void {
  if (signer.personId !== actorId || signer.status !== 'approved')
    fault('withdraw.not-yours', 403, '只能撤回自己的同意', 'You can only withdraw your own approval')
}

function tooLate(): never {
  return fault('withdraw.too-late', 409, '后续环节已处理，不能撤回', 'The next step has been acted on; cannot withdraw')
}
