import { outgoingOf } from '../core/compile-flow'
import { holds } from '../core/expressions'
import { fault } from '../core/fault'
import { fork } from '../core/flow-ops'
import type { NodeBehavior } from './node-behavior'

/**
 * 包容分支: every edge whose condition holds gets a branch (the default edge when none does). The
 * fork counts only the branches taken, so the inclusive join waits for exactly those.
 */
export const inclusiveSplitNode: NodeBehavior<'inclusive-split'> = {
  type: 'inclusive-split',
  enter(run, token, node) {
    const edges = outgoingOf(run.flow, node.id)
    const scope = run.scope()
    let taken = edges.filter((e) => !e.isDefault && (e.condition === undefined || holds(e.condition, scope, `edge ${e.id}`)))
    if (taken.length === 0) taken = edges.filter((e) => e.isDefault)
    if (taken.length === 0)
      fault('flow.no-branch', 422, `包容分支“${node.name}”没有满足条件的出口`, `No branch of "${node.name}" applies`)
    fork(run, token, node, taken.map((e) => e.target))
  },
}
