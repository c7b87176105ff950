import { leave } from '../core/flow-ops'
import type { NodeBehavior } from './node-behavior'

/** 开始: entered on submission (and on a `restart` resubmission); records the submission and leaves. */
export const startNode: NodeBehavior<'start'> = {
  type: 'start',
  enter(run, token, node) {
    run.pushPath({
      nodeId: node.id,
      type: node.type,
      scope: '',
      outcome: 'submitted',
      actors: [run.state.applicant.id],
      since: token.since,
    })
    token.since = run.state.path.length - 1
    token.lastApprovers = []
    run.event('node.completed', { nodeId: node.id, data: { tokenId: token.id } })
    leave(run, token, node)
  },
}
