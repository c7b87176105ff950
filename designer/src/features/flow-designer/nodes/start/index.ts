import { toLfType } from '../../adapters/lf-graph'
import { StartNodeModel } from './model'
import { StartNodeView } from './view'

export const startNode = { type: toLfType('start'), model: StartNodeModel, view: StartNodeView }
