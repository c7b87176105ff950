import { fault } from '../core/fault'
import { RUNNING, type CommandHandler } from './command-handler'
import { takeTask } from './task-access'

/** 委派归还: the delegate hands the task back to its owner, who then decides. */
export const resolveCommand: CommandHandler<'resolve'> = {
  type: 'resolve',
  statuses: RUNNING,
  actor: (c) => c.actorId,
  apply(run, cmd) {
    const { task, node, activity } = takeTask(run, cmd, 'delegate', { allowDelegated: true })
    const owner = task.ownerId
    if (!owner) fault('task.not-delegated', 409, '待办不是委派来的', 'The task was not delegated')
    run.updateTask(task.id, (t) => {
      t.assigneeId = owner
      delete t.ownerId
      if (cmd.comment) t.comment = cmd.comment
    })
    run.event('task.resolved', { nodeId: node.id, taskId: task.id, data: { from: cmd.actorId, to: owner } })
    activity.lastActionSeq = run.state.seq
    run.notify('task-resolved', [owner], `委派的待办已归还：${node.name}`, `Delegated task handed back: ${node.name}`, {
      taskId: task.id,
      nodeId: node.id,
    })
  },
}
