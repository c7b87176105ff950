import type { CaseEventType, CaseStatus } from '@tongban/schemas'
import { cancelWait } from './cancel'
import { stopClock } from './clock'
import type { Run } from './run'

const FINISH_EVENTS: Partial<Record<CaseStatus, CaseEventType>> = {
  approved: 'case.completed',
  completed: 'case.completed',
  rejected: 'case.rejected',
  withdrawn: 'case.withdrawn',
  cancelled: 'case.cancelled',
}

const FINISH_TEXT: Partial<Record<CaseStatus, [string, string]>> = {
  approved: ['已办结（同意）', 'approved'],
  completed: ['已办结', 'completed'],
  rejected: ['未通过', 'rejected'],
  withdrawn: ['已撤回', 'withdrawn'],
  cancelled: ['已取消', 'cancelled'],
}

/**
 * End the case: every branch stops (tasks cancelled, timers cancelled, child cases cancelled,
 * callbacks dropped), the clock stops, the applicant is told.
 */
export function finishCase(
  run: Run,
  status: 'approved' | 'completed' | 'rejected' | 'withdrawn' | 'cancelled',
  data: Record<string, unknown> = {},
): void {
  const state = run.state
  for (const token of [...state.tokens]) cancelWait(run, token)
  if (state.correction) {
    run.closeTask(state.correction.correctionTaskId, 'cancelled')
    for (const token of state.correction.parked) cancelWait(run, token)
    delete state.correction
  }
  state.tokens = []
  state.forks = {}
  run.queue.length = 0
  run.cancelTimersWhere(() => true)
  stopClock(run)
  state.status = status
  state.finishedAt = run.now
  run.event(FINISH_EVENTS[status]!, { data: { status, ...data } })
  const [zh, en] = FINISH_TEXT[status]!
  run.notify('case-finished', [state.applicant.id], `您的办件${zh}`, `Your case was ${en}`)
}
