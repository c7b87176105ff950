import { decide } from '../activity/activity'
import { applyDataPatch } from '../core/data'
import { RUNNING, type CommandHandler } from './command-handler'
import { takeTask } from './task-access'

/** 同意 / 办理完成: the signer approves; the node's mode decides whether the node is done. */
export const approveCommand: CommandHandler<'approve'> = {
  type: 'approve',
  statuses: RUNNING,
  actor: (c) => c.actorId,
  apply(run, cmd) {
    const { activity, signer, node } = takeTask(run, cmd, 'approve')
    applyDataPatch(run, node.id, cmd.data)
    decide(run, activity, signer, 'approved', cmd.comment)
  },
}
