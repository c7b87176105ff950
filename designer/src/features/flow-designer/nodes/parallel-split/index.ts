import { toLfType } from '../../adapters/lf-graph'
import { ParallelSplitNodeModel } from './model'
import { ParallelSplitNodeView } from './view'

export const parallelSplitNode = { type: toLfType('parallel-split'), model: ParallelSplitNodeModel, view: ParallelSplitNodeView }
