import { toLfType } from '../../adapters/lf-graph'
import { ExclusiveNodeModel } from './model'
import { ExclusiveNodeView } from './view'

export const exclusiveNode = { type: toLfType('exclusive'), model: ExclusiveNodeModel, view: ExclusiveNodeView }
