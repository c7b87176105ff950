import { toLfType } from '../../adapters/lf-graph'
import { EndNodeModel } from './model'
import { EndNodeView } from './view'

export const endNode = { type: toLfType('end'), model: EndNodeModel, view: EndNodeView }
