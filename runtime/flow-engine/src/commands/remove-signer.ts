import { evaluate } from '../activity/activity'
import { fault } from '../core/fault'
import { RUNNING, type CommandHandler } from './command-handler'
import { takeTask } from './task-access'

/**
 * 减签: remove a person added by 加签 who has not decided yet. Only whoever added them (or an
 * administrator) may; the actor's task may be waiting behind them.
 */
export const removeSignerCommand: CommandHandler<'remove-signer'> = {
  type: 'remove-signer',
  statuses: RUNNING,
  actor: (c) => c.actorId,
  apply(run, cmd) {
    const { activity, node, task } = takeTask(run, cmd, 'remove-signer', { allowWaiting: true })
    const target = activity.slots
      .flatMap((s) => s.chain)
      .find((s) => s.personId === cmd.personId && s.addedBy && (s.status === 'pending' || s.status === 'open'))
    if (!target)
      fault('signer.not-found', 404, '没有可减签的该人员', 'No removable added signer with that id')
    if (target.addedBy !== cmd.actorId && !run.isAdmin(cmd.actorId))
      fault('signer.not-yours', 403, '只能减去自己加签的人员', 'You can only remove people you added')
    target.status = 'removed'
    if (target.taskId) run.closeTask(target.taskId, 'cancelled')
    run.event('signer.removed', { nodeId: node.id, taskId: task.id, data: { personId: cmd.personId } })
    activity.lastActionSeq = run.state.seq
    evaluate(run, activity)
  },
}
