import { toLfType } from '../../adapters/lf-graph'
import { InclusiveJoinNodeModel } from './model'
import { InclusiveJoinNodeView } from './view'

export const inclusiveJoinNode = { type: toLfType('inclusive-join'), model: InclusiveJoinNodeModel, view: InclusiveJoinNodeView }
