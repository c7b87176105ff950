import type { HumanTaskNode, TaskOutcome } from '@tongban/schemas'
import { omit } from '../core/omit'
import { nodeOf } from '../core/compile-flow'
import { finishCase } from '../core/finish'
import { leave } from '../core/flow-ops'
import { findReturnTarget, returnToNode } from '../core/returns'
import { returnToApplicant } from '../core/correction'
import type { Run } from '../core/run'
import { scopeKey } from '../core/scope'
import type { Activity, Signer, Token } from '../types'
import { MODES, slotOutcome } from './modes'

/** The node of an activity, typed. */
export function activityNode(run: Run, activity: Activity): HumanTaskNode {
  return nodeOf(run.flow, activity.nodeId) as HumanTaskNode
}

/** Find the live activity and signer holding a task. */
export function findSigner(run: Run, taskId: string): { activity: Activity; signer: Signer; slot: number } | null {
  for (const activity of Object.values(run.state.activities))
    for (let i = 0; i < activity.slots.length; i++)
      for (const signer of activity.slots[i]!.chain) if (signer.taskId === taskId) return { activity, signer, slot: i }
  return null
}

/**
 * Decide the node if its mode can; otherwise make sure every signer who may act now has an open
 * task (the next in a sequence, the next in a 加签 chain).
 */
export function evaluate(run: Run, activity: Activity): void {
  const outcomes = activity.slots.map(slotOutcome)
  const rule = MODES[activity.mode]
  const decision = rule.decide(outcomes, activity)
  if (decision) {
    complete(run, activity, decision)
    return
  }
  const node = activityNode(run, activity)
  activity.slots.forEach((slot, i) => {
    if (outcomes[i] !== 'pending' || !rule.active(i, outcomes)) return
    const next = slot.chain.find((s) => s.status === 'pending' || s.status === 'open')
    if (!next || next.status === 'open') return
    next.status = 'open'
    const waiting = next.taskId ? run.state.tasks[next.taskId] : undefined
    if (waiting) {
      run.updateTask(waiting.id, (t) => {
        t.status = 'open'
      })
      run.notify('task-assigned', [waiting.assigneeId], `您有新的待办：${node.name}`, `New task: ${node.name}`, {
        taskId: waiting.id,
        nodeId: node.id,
      })
    } else {
      next.taskId = run.createTask(node, next.personId, node.type, 'open', activity.dueAt).id
    }
  })
}

/** Record one signer's decision, close their task and re-evaluate the node. */
export function decide(
  run: Run,
  activity: Activity,
  signer: Signer,
  status: 'approved' | 'rejected' | 'auto-approved' | 'auto-rejected',
  comment?: string,
): void {
  signer.status = status
  const outcome: TaskOutcome = status
  if (signer.taskId) run.closeTask(signer.taskId, 'completed', outcome, comment)
  signer.decidedSeq = run.state.seq
  activity.lastActionSeq = run.state.seq
  evaluate(run, activity)
}

/**
 * The node is decided: close what is left open, write the path entry and move on (approved) or
 * apply the node's rejection policy.
 */
export function complete(run: Run, activity: Activity, decision: 'approved' | 'rejected'): void {
  const node = activityNode(run, activity)
  closeLeftovers(run, activity)
  const token = run.tokenById(activity.tokenId)!
  delete token.wait
  const approvers: string[] = []
  const actors: string[] = []
  for (const slot of activity.slots)
    for (const s of slot.chain) {
      if (s.status === 'approved') approvers.push(s.personId)
      if (s.status === 'approved' || s.status === 'rejected') actors.push(s.personId)
    }
  const entry = run.pushPath({
    nodeId: node.id,
    type: node.type,
    scope: scopeKey(token.stack),
    outcome: decision,
    actors,
    activity,
    since: token.since,
  })
  run.event('node.completed', { nodeId: node.id, data: { tokenId: token.id, outcome: decision } })
  if (decision === 'approved') {
    token.since = entry.i
    token.lastApprovers = approvers
    leave(run, token, node)
  } else {
    applyRejection(run, token, node, activity)
  }
}

/**
 * After a signer was put back to pending (撤回), close tasks that may no longer be open (the next
 * signer of a sequence, people queued after them in a 加签 chain).
 */
export function resync(run: Run, activity: Activity): void {
  const outcomes = activity.slots.map(slotOutcome)
  const rule = MODES[activity.mode]
  activity.slots.forEach((slot, i) => {
    const first = slot.chain.find((s) => s.status === 'pending' || s.status === 'open')
    for (const s of slot.chain) {
      if (s.status !== 'open' || (s === first && rule.active(i, outcomes))) continue
      s.status = 'pending'
      if (s.taskId) run.closeTask(s.taskId, 'cancelled')
      delete s.taskId
    }
  })
}

/** Close an activity's open/waiting tasks and timers and forget it (the token stays). */
export function closeLeftovers(run: Run, activity: Activity): void {
  for (const slot of activity.slots)
    for (const s of slot.chain) if (s.taskId && run.state.tasks[s.taskId]) run.closeTask(s.taskId, 'cancelled')
  run.cancelTimersWhere((t) => t.activityId === activity.id)
  run.state.activities = omit(run.state.activities, activity.id)
}

/** 驳回策略: end the case, return to a node on the path, or return to the applicant. */
export function applyRejection(run: Run, token: Token, node: HumanTaskNode, activity: Activity): void {
  const policy = node.policies?.rejection
  if (policy?.action === 'return-to-node' && policy.nodeId) {
    const found = findReturnTarget(run, token.stack, policy.nodeId)
    if (!('reason' in found)) {
      returnToNode(run, token, policy.nodeId, 'rejection')
      return
    }
    finishCase(run, 'rejected', { nodeId: node.id, note: `rejection target ${policy.nodeId}: ${found.reason}` })
    return
  }
  if (policy?.action === 'return-to-applicant') {
    const last = lastDecidedTask(activity)
    returnToApplicant(run, { nodeId: node.id, taskId: last ?? '' })
    return
  }
  finishCase(run, 'rejected', { nodeId: node.id })
}

function lastDecidedTask(activity: Activity): string | undefined {
  let id: string | undefined
  for (const slot of activity.slots)
    for (const s of slot.chain) if ((s.status === 'rejected' || s.status === 'auto-rejected') && s.taskId) id = s.taskId
  return id
}
