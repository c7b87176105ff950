import type { FlowNode } from '@tongban/schemas'
import { NODE_BEHAVIORS } from '../nodes/registry'
import type { NodeBehavior } from '../nodes/node-behavior'
import { nodeOf } from './compile-flow'
import { fault } from './fault'
import type { Run } from './run'

/**
 * Run queued tokens until every branch waits or the case ends (a wait state is a transaction
 * boundary, as in Camunda). A step budget stops flows that loop without waiting.
 */
export function drain(run: Run): void {
  const max = run.ctx.settings?.maxStepsPerCommand ?? 500
  while (run.queue.length > 0) {
    const token = run.queue.shift()!
    if (!run.state.tokens.includes(token)) continue
    if (run.state.status !== 'in-progress') break
    if (++run.steps > max)
      fault('flow.loop', 422, '流程在没有等待的情况下循环过多', 'The flow loops without reaching a wait state')
    const node: FlowNode = nodeOf(run.flow, token.nodeId)
    run.event('node.entered', { nodeId: node.id, data: { tokenId: token.id } })
    const behavior = NODE_BEHAVIORS[node.type] as NodeBehavior<typeof node.type>
    behavior.enter(run, token, node as never)
  }
}
