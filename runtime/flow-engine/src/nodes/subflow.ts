import { addDuration } from '../calendar'
import { mapData } from '../core/expressions'
import type { NodeBehavior } from './node-behavior'

/**
 * 子流程: starts a case of another matter with mapped inputs (effect `subcase.start`) and waits for
 * `subflow-finished`; outputs are mapped back from the child's data.
 */
export const subflowNode: NodeBehavior<'subflow'> = {
  type: 'subflow',
  enter(run, token, node) {
    const data = mapData(node.inputs, run.scope(), `node ${node.id} inputs`)
    const childCaseId = run.id('child')
    run.effect({
      kind: 'subcase.start',
      parentCaseId: run.caseId,
      parentNodeId: node.id,
      childCaseId,
      matterCode: node.matterCode,
      applicant: node.applicant === 'case-applicant' ? { ...run.state.applicant } : null,
      data,
    })
    run.event('subflow.started', { nodeId: node.id, data: { childCaseId, matterCode: node.matterCode } })
    token.wait = { kind: 'subflow', childCaseId }
    if (node.timeLimit)
      token.wait.timerId = run.setTimer('node-overdue', addDuration(run.ctx.calendar, run.now, node.timeLimit), {
        nodeId: node.id,
        tokenId: token.id,
      })
  },
}
