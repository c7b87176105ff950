import type { TaskRecord } from '@tongban/schemas'
import { resolveAssignees } from '../assignees/rules'
import { leave, passNode } from '../core/flow-ops'
import type { NodeBehavior } from './node-behavior'

/**
 * 抄送: read-only tasks for the resolved people (the host's cc box); the flow does not wait.
 * cc tasks are not flow state: they are effects only.
 */
export const ccNode: NodeBehavior<'cc'> = {
  type: 'cc',
  enter(run, token, node) {
    const people = resolveAssignees(run, node.assignees, node.id)
    for (const personId of people) {
      const task: TaskRecord = {
        id: run.id('task'),
        caseId: run.caseId,
        nodeId: node.id,
        nodeName: node.name,
        kind: 'cc',
        assigneeId: personId,
        status: 'open',
        createdAt: run.now,
        card: 'none',
      }
      run.effect({ kind: 'task.upsert', task })
    }
    run.event('cc.sent', { nodeId: node.id, data: { personIds: people } })
    run.notify('cc', people, `抄送：${node.name}`, `Copied: ${node.name}`, { nodeId: node.id })
    passNode(run, token, node)
    leave(run, token, node)
  },
}
