import { toLfType } from '../../adapters/lf-graph'
import { InclusiveSplitNodeModel } from './model'
import { InclusiveSplitNodeView } from './view'

export const inclusiveSplitNode = { type: toLfType('inclusive-split'), model: InclusiveSplitNodeModel, view: InclusiveSplitNodeView }
