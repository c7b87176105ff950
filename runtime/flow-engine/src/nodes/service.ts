import { addDuration } from '../calendar'
import { mapData } from '../core/expressions'
import { leave, passNode } from '../core/flow-ops'
import type { NodeBehavior } from './node-behavior'

/**
 * 触发器 / 数据服务: emits a webhook with the mapped payload. With `waitForCallback` the branch waits
 * for `service-callback` with the token in the effect (a time limit raises a red card when passed).
 */
export const serviceNode: NodeBehavior<'service'> = {
  type: 'service',
  enter(run, token, node) {
    const payload = mapData(node.payload, run.scope(), `node ${node.id} payload`)
    if (!node.waitForCallback) {
      run.effect({ kind: 'webhook', caseId: run.caseId, nodeId: node.id, topic: node.topic, payload })
      run.event('service.requested', { nodeId: node.id, data: { topic: node.topic } })
      passNode(run, token, node)
      leave(run, token, node)
      return
    }
    const callbackToken = run.id('callback')
    run.effect({ kind: 'webhook', caseId: run.caseId, nodeId: node.id, topic: node.topic, payload, callbackToken })
    run.event('service.requested', { nodeId: node.id, data: { topic: node.topic, callbackToken } })
    token.wait = { kind: 'callback', callbackToken }
    if (node.timeLimit)
      token.wait.timerId = run.setTimer('node-overdue', addDuration(run.ctx.calendar, run.now, node.timeLimit), {
        nodeId: node.id,
        tokenId: token.id,
      })
  },
}
