import { holds } from '../core/expressions'
import { fault } from '../core/fault'
import { outgoingOf } from '../core/compile-flow'
import { passNode } from '../core/flow-ops'
import type { NodeBehavior } from './node-behavior'

/** 条件分支: the first edge (by priority) whose condition holds, else the default edge. */
export const exclusiveNode: NodeBehavior<'exclusive'> = {
  type: 'exclusive',
  enter(run, token, node) {
    const edges = outgoingOf(run.flow, node.id)
    const scope = run.scope()
    const chosen =
      edges.find((e) => !e.isDefault && (e.condition === undefined || holds(e.condition, scope, `edge ${e.id}`))) ??
      edges.find((e) => e.isDefault)
    if (!chosen)
      fault('flow.no-branch', 422, `条件分支“${node.name}”没有满足条件的出口`, `No branch of "${node.name}" applies`)
    passNode(run, token, node, 'passed', { edgeId: chosen.id })
    run.moveTo(token, chosen.target)
  },
}
