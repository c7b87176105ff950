import { arriveAtJoin } from '../core/flow-ops'
import type { NodeBehavior } from './node-behavior'

/** 包容汇聚: fires once every branch its split actually took has arrived. */
export const inclusiveJoinNode: NodeBehavior<'inclusive-join'> = {
  type: 'inclusive-join',
  enter: arriveAtJoin,
}
