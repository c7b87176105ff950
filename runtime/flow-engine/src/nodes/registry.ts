import type { FlowNodeType } from '@tongban/schemas'
import { approvalNode } from './approval'
import { ccNode } from './cc'
import { endNode } from './end'
import { exclusiveNode } from './exclusive'
import { handleNode } from './handle'
import { inclusiveJoinNode } from './inclusive-join'
import { inclusiveSplitNode } from './inclusive-split'
import type { NodeBehavior } from './node-behavior'
import { parallelJoinNode } from './parallel-join'
import { parallelSplitNode } from './parallel-split'
import { serviceNode } from './service'
import { startNode } from './start'
import { subflowNode } from './subflow'
import { timerNode } from './timer'

/** Every node type's behaviour, in one place. Adding a node type = one file + one line here. */
export const NODE_BEHAVIORS: { [T in FlowNodeType]: NodeBehavior<T> } = {
  start: startNode,
  approval: approvalNode,
  handle: handleNode,
  cc: ccNode,
  exclusive: exclusiveNode,
  'parallel-split': parallelSplitNode,
  'parallel-join': parallelJoinNode,
  'inclusive-split': inclusiveSplitNode,
  'inclusive-join': inclusiveJoinNode,
  subflow: subflowNode,
  timer: timerNode,
  service: serviceNode,
  end: endNode,
}
