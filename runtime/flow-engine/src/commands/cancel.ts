import { fault } from '../core/fault'
import { finishCase } from '../core/finish'
import type { CommandHandler } from './command-handler'

/** 取消: the applicant (when the flow allows it) or an administrator ends the case. */
export const cancelCommand: CommandHandler<'cancel'> = {
  type: 'cancel',
  statuses: ['draft', 'in-progress', 'returned'],
  actor: (c) => c.actorId,
  apply(run, cmd) {
    const byApplicant = cmd.actorId === run.state.applicant.id && run.flow.doc.settings.allowCancel
    if (!byApplicant && !run.isAdmin(cmd.actorId))
      fault('cancel.not-allowed', 403, '只有申请人（事项允许时）或管理员可以取消办件', 'Only the applicant (if allowed) or an administrator may cancel')
    finishCase(run, 'cancelled', cmd.comment ? { comment: cmd.comment } : {})
  },
}
