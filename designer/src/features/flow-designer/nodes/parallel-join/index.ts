import { toLfType } from '../../adapters/lf-graph'
import { ParallelJoinNodeModel } from './model'
import { ParallelJoinNodeView } from './view'

export const parallelJoinNode = { type: toLfType('parallel-join'), model: ParallelJoinNodeModel, view: ParallelJoinNodeView }
