import { resolveAssignees } from '../assignees/rules'
import { copyTo } from '../core/copy-to'
import { leave, passNode } from '../core/flow-ops'
import type { NodeBehavior } from './node-behavior'

/** 抄送 node: read-only cc tasks for the resolved people; the flow passes on without waiting. */
export const ccNode: NodeBehavior<'cc'> = {
  type: 'cc',
  enter(run, token, node) {
    copyTo(run, node, resolveAssignees(run, node.assignees, node.id))
    passNode(run, token, node)
    leave(run, token, node)
  },
}
