import { fault } from '../core/fault'
import { RUNNING, type CommandHandler } from './command-handler'
import { requireActive, takeTask } from './task-access'

/**
 * 委派: the task moves to `to` with the actor as owner; the delegate may only comment or resolve
 * (hand it back), after which the owner decides (Camunda's delegateTask/resolveTask).
 */
export const delegateCommand: CommandHandler<'delegate'> = {
  type: 'delegate',
  statuses: RUNNING,
  actor: (c) => c.actorId,
  apply(run, cmd) {
    const { task, node, activity } = takeTask(run, cmd, 'delegate')
    requireActive(run, cmd.to)
    if (cmd.to === cmd.actorId) fault('delegate.self', 422, '不能委派给自己', 'Cannot delegate to yourself')
    run.updateTask(task.id, (t) => {
      t.ownerId = cmd.actorId
      t.assigneeId = cmd.to
      if (cmd.comment) t.comment = cmd.comment
    })
    run.event('task.delegated', { nodeId: node.id, taskId: task.id, data: { from: cmd.actorId, to: cmd.to } })
    activity.lastActionSeq = run.state.seq
    run.notify('task-delegated', [cmd.to], `您收到委派的待办：${node.name}`, `A task was delegated to you: ${node.name}`, {
      taskId: task.id,
      nodeId: node.id,
    })
  },
}
