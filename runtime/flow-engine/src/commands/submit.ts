import { startClock } from '../core/clock'
import { applyDataPatch } from '../core/data'
import { fault } from '../core/fault'
import type { Run } from '../core/run'
import type { CommandHandler } from './command-handler'

/** Submit a draft: the clock starts and the flow runs from the start node. */
export const submitCommand: CommandHandler<'submit'> = {
  type: 'submit',
  statuses: ['draft'],
  actor: (c) => c.actorId,
  apply(run, cmd) {
    if (cmd.actorId !== run.state.applicant.id)
      fault('submit.not-applicant', 403, '只有申请人可以提交', 'Only the applicant may submit')
    if (cmd.chosenAssignees) run.state.chosenAssignees = { ...cmd.chosenAssignees }
    applyDataPatch(run, run.flow.start.id, cmd.data)
    beginFlow(run)
  },
}

/** Shared by `submit` and `startCase(submit: true)`. */
export function beginFlow(run: Run): void {
  run.state.status = 'in-progress'
  run.state.submittedAt = run.now
  run.event('case.submitted', { nodeId: run.flow.start.id })
  startClock(run)
  const token = run.newToken(run.flow.start.id, [], 0, [])
  run.moveTo(token, run.flow.start.id)
}
