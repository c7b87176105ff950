import { copyTo } from '../core/copy-to'
import { fault, faults } from '../core/fault'
import { RUNNING_OR_RETURNED, type CommandHandler } from './command-handler'
import { isParticipant, requireActive, takeTask } from './task-access'

/** 抄送 (ad hoc): a participant copies people in; they get read-only cc tasks. */
export const ccCommand: CommandHandler<'cc'> = {
  type: 'cc',
  statuses: [...RUNNING_OR_RETURNED, 'approved', 'completed', 'rejected'],
  actor: (c) => c.actorId,
  apply(run, cmd) {
    const people = [...new Set(cmd.personIds)]
    if (people.length === 0) fault('cc.none', 422, '请选择抄送人员', 'Choose at least one person')
    let node = run.flow.start
    if (cmd.taskId !== undefined) node = takeTask(run, { actorId: cmd.actorId, taskId: cmd.taskId }, 'cc', { allowWaiting: true }).node
    else if (!isParticipant(run, cmd.actorId)) faults.notParticipant()
    for (const p of people) requireActive(run, p)
    copyTo(run, node, people, { ...(cmd.comment ? { comment: cmd.comment } : {}), by: cmd.actorId })
  },
}
