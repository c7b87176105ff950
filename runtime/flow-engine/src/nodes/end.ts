import { finishCase } from '../core/finish'
import { passNode } from '../core/flow-ops'
import type { NodeBehavior } from './node-behavior'

/**
 * 结束: ends the whole case with the node's outcome (terminate semantics: any other branch still
 * running is cancelled).
 */
export const endNode: NodeBehavior<'end'> = {
  type: 'end',
  enter(run, token, node) {
    passNode(run, token, node)
    const status = node.outcome === 'rejected' ? 'rejected' : node.outcome === 'approved' ? 'approved' : 'completed'
    finishCase(run, status, { nodeId: node.id })
  },
}
