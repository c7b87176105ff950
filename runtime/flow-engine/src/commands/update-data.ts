import { applyDataPatch } from '../core/data'
import { fault, faults } from '../core/fault'
import type { CommandHandler } from './command-handler'

/**
 * Save form edits without deciding: the applicant on a draft or during 补正 (start node's
 * permissions), or the holder of an open task (that node's permissions).
 */
export const updateDataCommand: CommandHandler<'update-data'> = {
  type: 'update-data',
  statuses: ['draft', 'in-progress', 'returned'],
  actor: (c) => c.actorId,
  apply(run, cmd) {
    const state = run.state
    if (cmd.taskId === undefined) {
      if (state.status === 'in-progress' || cmd.actorId !== state.applicant.id)
        fault('data.not-editable-now', 403, '当前不能修改表单', 'The form cannot be edited now')
      applyDataPatch(run, run.flow.start.id, cmd.data)
      return
    }
    const task = state.tasks[cmd.taskId]
    if (!task) return faults.taskNotFound(cmd.taskId)
    if (task.assigneeId !== cmd.actorId) faults.notAssignee()
    if (task.status !== 'open') faults.taskNotOpen()
    applyDataPatch(run, task.nodeId, cmd.data)
  },
}
