import { outgoingOf } from '../core/compile-flow'
import { fork } from '../core/flow-ops'
import type { NodeBehavior } from './node-behavior'

/** 并行分支: every outgoing edge gets a branch. */
export const parallelSplitNode: NodeBehavior<'parallel-split'> = {
  type: 'parallel-split',
  enter(run, token, node) {
    fork(run, token, node, outgoingOf(run.flow, node.id).map((e) => e.target))
  },
}
