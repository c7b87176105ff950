import type { Token } from '../types'
import { omit } from './omit'
import type { Run } from './run'

/**
 * Stop whatever a token waits for: close its activity's tasks, cancel its timers, drop its
 * callback, cancel its child case. The token itself stays (callers remove or move it).
 */
export function cancelWait(run: Run, token: Token): void {
  const wait = token.wait
  if (!wait) return
  delete token.wait
  switch (wait.kind) {
    case 'activity': {
      const activity = run.state.activities[wait.activityId]
      if (!activity) return
      for (const slot of activity.slots)
        for (const s of slot.chain) if (s.taskId && run.state.tasks[s.taskId]) run.closeTask(s.taskId, 'cancelled')
      run.cancelTimersWhere((t) => t.activityId === activity.id)
      run.state.activities = omit(run.state.activities, activity.id)
      return
    }
    case 'timer':
      run.cancelTimer(wait.timerId)
      return
    case 'callback':
      run.cancelTimer(wait.timerId)
      return
    case 'subflow':
      run.cancelTimer(wait.timerId)
      run.effect({ kind: 'subcase.cancel', childCaseId: wait.childCaseId, parentCaseId: run.caseId })
      return
  }
}

/** Cancel and remove a token. */
export function killToken(run: Run, token: Token): void {
  cancelWait(run, token)
  run.removeToken(token)
  const q = run.queue.indexOf(token)
  if (q >= 0) run.queue.splice(q, 1)
}
