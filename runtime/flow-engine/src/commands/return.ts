import { closeLeftovers } from '../activity/activity'
import { returnToApplicant } from '../core/correction'
import { findReturnTarget, refuseReturn, returnToNode } from '../core/returns'
import { fault } from '../core/fault'
import { RUNNING, type CommandHandler } from './command-handler'
import { takeTask } from './task-access'

/**
 * 退回: one holder's explicit decision for the whole node (not counted by the mode). The node's
 * open tasks close; then either the branch goes back to an earlier node (see `returnToNode`) or
 * the case goes to the applicant for correction.
 */
export const returnCommand: CommandHandler<'return'> = {
  type: 'return',
  statuses: RUNNING,
  actor: (c) => c.actorId,
  apply(run, cmd) {
    const { task, activity, signer } = takeTask(run, cmd, 'return')
    const token = run.tokenById(activity.tokenId)!
    const targetNode = cmd.target === 'applicant' ? run.flow.start.id : cmd.target.nodeId
    const toApplicant = targetNode === run.flow.start.id
    if (!toApplicant) {
      if (targetNode === activity.nodeId)
        fault('return.same-node', 422, '不能退回到当前环节', 'Cannot return to the current node')
      const found = findReturnTarget(run, token.stack, targetNode)
      if ('reason' in found) refuseReturn(found.reason, targetNode)
    }
    signer.status = 'rejected'
    run.closeTask(task.id, 'completed', 'returned', cmd.comment)
    closeLeftovers(run, activity)
    delete token.wait
    if (toApplicant) returnToApplicant(run, { nodeId: activity.nodeId, taskId: task.id })
    else returnToNode(run, token, targetNode, 'return')
  },
}
