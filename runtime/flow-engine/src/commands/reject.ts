import { decide } from '../activity/activity'
import { applyDataPatch } from '../core/data'
import { RUNNING, type CommandHandler } from './command-handler'
import { takeTask } from './task-access'

/** 不同意: counted by the mode; when the node is rejected its rejection policy applies. */
export const rejectCommand: CommandHandler<'reject'> = {
  type: 'reject',
  statuses: RUNNING,
  actor: (c) => c.actorId,
  apply(run, cmd) {
    const { activity, signer, node } = takeTask(run, cmd, 'reject')
    applyDataPatch(run, node.id, cmd.data)
    decide(run, activity, signer, 'rejected', cmd.comment)
  },
}
