import type { FlowNodeOf } from '@tongban/schemas'
import { nodeOf } from '../core/compile-flow'
import { mapData } from '../core/expressions'
import { fault } from '../core/fault'
import { leave, passNode } from '../core/flow-ops'
import { RUNNING_OR_RETURNED, type CommandHandler } from './command-handler'

/**
 * The other system answers a waiting service node: `results` mappings copy fields of the body
 * (bare names in the expressions) into the case; the branch moves on. During 补正 the answer is
 * kept and applied at resubmission.
 */
export const serviceCallbackCommand: CommandHandler<'service-callback'> = {
  type: 'service-callback',
  statuses: RUNNING_OR_RETURNED,
  actor: () => null,
  apply(run, cmd) {
    const match = (t: { wait?: { kind: string; callbackToken?: string } }) =>
      t.wait?.kind === 'callback' && t.wait.callbackToken === cmd.token
    const parked = run.state.correction?.parked.find(match)
    if (parked) {
      run.state.correction!.deferred.push({ type: 'service-callback', input: { ...cmd } })
      run.event('service.answered', { nodeId: parked.nodeId, data: { callbackToken: cmd.token, deferred: true } })
      return
    }
    const token = run.state.tokens.find(match)
    if (!token || token.wait?.kind !== 'callback')
      return fault('callback.unknown', 404, '回调令牌无效或已使用', 'Unknown or used callback token')
    const node = nodeOf(run.flow, token.nodeId) as FlowNodeOf<'service'>
    run.cancelTimer(token.wait.timerId)
    delete token.wait
    const patch = mapData(node.results ?? [], { ...cmd.body, $case: { id: run.caseId }, $applicant: run.state.applicant }, `node ${node.id} results`)
    run.state.data = { ...run.state.data, ...patch }
    run.state.results = { ...run.state.results, [node.id]: cmd.body }
    run.event('service.answered', { nodeId: node.id, data: { callbackToken: cmd.token, fields: Object.keys(patch) } })
    passNode(run, token, node)
    leave(run, token, node)
  },
}
