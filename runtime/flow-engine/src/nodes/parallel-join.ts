import { arriveAtJoin } from '../core/flow-ops'
import type { NodeBehavior } from './node-behavior'

/** 并行汇聚: fires once every branch of its fork has arrived. */
export const parallelJoinNode: NodeBehavior<'parallel-join'> = {
  type: 'parallel-join',
  enter: arriveAtJoin,
}
