import { fault } from '../core/fault'
import { RUNNING, type CommandHandler } from './command-handler'
import { requireActive, takeTask } from './task-access'

/** 转办: the task closes as transferred; the same signer place goes to `to` with a new task. */
export const transferCommand: CommandHandler<'transfer'> = {
  type: 'transfer',
  statuses: RUNNING,
  actor: (c) => c.actorId,
  apply(run, cmd) {
    const { task, activity, signer, node } = takeTask(run, cmd, 'transfer')
    requireActive(run, cmd.to)
    if (cmd.to === cmd.actorId) fault('transfer.self', 422, '不能转办给自己', 'Cannot transfer to yourself')
    const busy = activity.slots.some((s) => s.chain.some((x) => x.personId === cmd.to && (x.status === 'open' || x.status === 'pending')))
    if (busy) fault('transfer.already-signer', 422, '对方已是本环节处理人', 'That person already has this node')
    run.closeTask(task.id, 'completed', 'transferred', cmd.comment)
    run.event('task.transferred', { nodeId: node.id, taskId: task.id, data: { from: cmd.actorId, to: cmd.to } })
    activity.lastActionSeq = run.state.seq
    signer.personId = cmd.to
    signer.taskId = run.createTask(node, cmd.to, node.type, 'open', activity.dueAt).id
  },
}
