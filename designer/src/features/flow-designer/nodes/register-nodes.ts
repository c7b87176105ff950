import type LogicFlow from '@logicflow/core'
import { flowEdge } from '../edges/flow-edge'
import { startNode } from './start'
import { endNode } from './end'
import { timerNode } from './timer'
import { approvalNode } from './approval'
import { handleNode } from './handle'
import { ccNode } from './cc'
import { subflowNode } from './subflow'
import { serviceNode } from './service'
import { exclusiveNode } from './exclusive'
import { parallelSplitNode } from './parallel-split'
import { parallelJoinNode } from './parallel-join'
import { inclusiveSplitNode } from './inclusive-split'
import { inclusiveJoinNode } from './inclusive-join'

/** Every custom element of the flow designer, registered in one place. */
export const FLOW_ELEMENTS = [
  startNode,
  endNode,
  timerNode,
  approvalNode,
  handleNode,
  ccNode,
  subflowNode,
  serviceNode,
  exclusiveNode,
  parallelSplitNode,
  parallelJoinNode,
  inclusiveSplitNode,
  inclusiveJoinNode,
  flowEdge,
] as const

export function registerFlowElements(lf: LogicFlow): void {
  FLOW_ELEMENTS.forEach((element) => lf.register(element))
}
