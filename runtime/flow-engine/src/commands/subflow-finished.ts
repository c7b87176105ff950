import type { FlowNodeOf } from '@tongban/schemas'
import { nodeOf } from '../core/compile-flow'
import { mapData } from '../core/expressions'
import { fault } from '../core/fault'
import { finishCase } from '../core/finish'
import { leave, passNode } from '../core/flow-ops'
import { RUNNING_OR_RETURNED, type CommandHandler } from './command-handler'

/**
 * A child case ended. Outputs are mapped from the child's data; its outcome is kept in
 * `$case.results[nodeId]`. With `failOnChildRejected`, a child that did not approve rejects the case.
 */
export const subflowFinishedCommand: CommandHandler<'subflow-finished'> = {
  type: 'subflow-finished',
  statuses: RUNNING_OR_RETURNED,
  actor: () => null,
  apply(run, cmd) {
    const match = (t: { wait?: { kind: string; childCaseId?: string } }) =>
      t.wait?.kind === 'subflow' && t.wait.childCaseId === cmd.childCaseId
    const parked = run.state.correction?.parked.find(match)
    if (parked) {
      run.state.correction!.deferred.push({ type: 'subflow-finished', input: { ...cmd } })
      run.event('subflow.finished', { nodeId: parked.nodeId, data: { childCaseId: cmd.childCaseId, outcome: cmd.outcome, deferred: true } })
      return
    }
    const token = run.state.tokens.find(match)
    if (!token || token.wait?.kind !== 'subflow')
      return fault('subflow.unknown', 404, '没有等待该子办件的环节', 'No node waits for that child case')
    const node = nodeOf(run.flow, token.nodeId) as FlowNodeOf<'subflow'>
    run.cancelTimer(token.wait.timerId)
    delete token.wait
    const patch = mapData(node.outputs, { ...cmd.data, $case: { id: cmd.childCaseId, outcome: cmd.outcome } }, `node ${node.id} outputs`)
    run.state.data = { ...run.state.data, ...patch }
    run.state.results = { ...run.state.results, [node.id]: { outcome: cmd.outcome, childCaseId: cmd.childCaseId } }
    run.event('subflow.finished', { nodeId: node.id, data: { childCaseId: cmd.childCaseId, outcome: cmd.outcome } })
    const failed = cmd.outcome !== 'approved' && cmd.outcome !== 'completed'
    if (failed && node.failOnChildRejected) {
      passNode(run, token, node, 'passed', { childOutcome: cmd.outcome })
      finishCase(run, 'rejected', { nodeId: node.id, childCaseId: cmd.childCaseId })
      return
    }
    passNode(run, token, node)
    leave(run, token, node)
  },
}
