import type { Token } from '../types'
import { cancelWait, killToken } from './cancel'
import { pauseClock, resumeClock } from './clock'
import type { Run } from './run'

/**
 * 退回申请人补正. Every branch is parked where it stands: human and timer waits are cancelled
 * (re-entered, with fresh tasks and re-armed timers, on resubmission); callbacks and child cases keep
 * waiting and what they answer meanwhile is deferred. The case clock pauses.
 */
export function returnToApplicant(run: Run, from: { nodeId: string; taskId: string }): void {
  const state = run.state
  const parked: Token[] = []
  for (const token of [...state.tokens]) {
    if (token.wait?.kind === 'activity' || token.wait?.kind === 'timer') cancelWait(run, token)
    parked.push(token)
  }
  state.tokens = []
  run.queue.length = 0
  const task = run.createTask(run.flow.start, state.applicant.id, 'correction', 'open', undefined)
  state.correction = {
    returnedBy: run.actorId ?? 'system',
    nodeId: from.nodeId,
    taskId: from.taskId,
    correctionTaskId: task.id,
    parked,
    deferred: [],
  }
  state.status = 'returned'
  run.event('case.returned', { nodeId: from.nodeId, taskId: from.taskId, data: { to: 'applicant' } })
  pauseClock(run)
  run.notify('correction-requested', [state.applicant.id], '您的办件被退回补正', 'Your case was returned for correction', {
    taskId: task.id,
  })
}

/**
 * Resubmission after 补正: the clock resumes (deadlines move by the paused working time), then either
 * the parked branches come back where they were (`back-to-returner`) or the flow restarts from
 * the start node (`restart`). Returns the deferred inputs to apply afterwards.
 */
export function resumeAfterCorrection(run: Run): Array<{ type: string; input: Record<string, unknown> }> {
  const state = run.state
  const correction = state.correction!
  delete state.correction
  state.status = 'in-progress'
  resumeClock(run)
  if (run.flow.doc.settings.resubmit === 'restart') {
    for (const token of correction.parked) {
      state.tokens.push(token)
      killToken(run, token)
    }
    state.forks = {}
    for (const e of state.path) run.undo(e.i)
    const token = run.newToken(run.flow.start.id, [], 0, [])
    run.moveTo(token, run.flow.start.id)
    return []
  }
  for (const token of correction.parked) {
    state.tokens.push(token)
    if (!token.wait) run.queue.push(token)
  }
  return correction.deferred
}
