import { enterHuman } from '../activity/enter-human'
import type { NodeBehavior } from './node-behavior'

/** 审批: people decide (approve / reject) under the node's multi-approver mode and policies. */
export const approvalNode: NodeBehavior<'approval'> = {
  type: 'approval',
  enter: enterHuman,
}
