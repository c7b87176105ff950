import { resumeAfterCorrection } from '../core/correction'
import { applyDataPatch } from '../core/data'
import { drain } from '../core/drain'
import { fault } from '../core/fault'
import type { CommandOf } from '../types'
import type { CommandHandler } from './command-handler'
import { serviceCallbackCommand } from './service-callback'
import { subflowFinishedCommand } from './subflow-finished'

/**
 * 补正后重新提交: data edits as the start node allows, the clock resumes, the flow continues where it
 * was returned from (or restarts, per the flow's setting), then deferred callbacks are applied.
 */
export const resubmitCommand: CommandHandler<'resubmit'> = {
  type: 'resubmit',
  statuses: ['returned'],
  actor: (c) => c.actorId,
  apply(run, cmd) {
    const correction = run.state.correction!
    if (cmd.actorId !== run.state.applicant.id)
      fault('resubmit.not-applicant', 403, '只有申请人可以重新提交', 'Only the applicant may resubmit')
    if (cmd.taskId !== undefined && cmd.taskId !== correction.correctionTaskId)
      fault('task.not-found', 404, `补正待办 ${cmd.taskId} 不存在`, `Correction task ${cmd.taskId} does not exist`)
    applyDataPatch(run, run.flow.start.id, cmd.data)
    run.closeTask(correction.correctionTaskId, 'completed', 'resubmitted', cmd.comment)
    run.event('case.resubmitted', { nodeId: run.flow.start.id })
    const deferred = resumeAfterCorrection(run)
    drain(run)
    for (const d of deferred) {
      if (run.state.status !== 'in-progress') break
      if (d.type === 'service-callback')
        serviceCallbackCommand.apply(run, d.input as unknown as CommandOf<'service-callback'>)
      else subflowFinishedCommand.apply(run, d.input as unknown as CommandOf<'subflow-finished'>)
      drain(run)
    }
  },
}
