import { fault, faults } from '../core/fault'
import type { CommandHandler } from './command-handler'
import { isParticipant } from './task-access'

/** 评论: any participant adds a comment to the case (or to a task they hold). */
export const commentCommand: CommandHandler<'comment'> = {
  type: 'comment',
  statuses: ['draft', 'in-progress', 'returned', 'approved', 'rejected', 'completed', 'withdrawn', 'cancelled'],
  actor: (c) => c.actorId,
  apply(run, cmd) {
    if (!cmd.comment?.trim()) fault('comment.empty', 422, '评论不能为空', 'The comment is empty')
    if (!isParticipant(run, cmd.actorId)) faults.notParticipant()
    let nodeId: string | undefined
    if (cmd.taskId !== undefined) {
      const task = run.state.tasks[cmd.taskId]
      if (!task) return faults.taskNotFound(cmd.taskId)
      if (task.assigneeId !== cmd.actorId && task.ownerId !== cmd.actorId) faults.notAssignee()
      nodeId = task.nodeId
    }
    run.event('comment.added', {
      ...(nodeId ? { nodeId } : {}),
      ...(cmd.taskId ? { taskId: cmd.taskId } : {}),
      data: { comment: cmd.comment },
    })
  },
}
