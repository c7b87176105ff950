import { toLfType } from '../../adapters/lf-graph'
import { SubflowNodeModel } from './model'
import { SubflowNodeView } from './view'

export const subflowNode = { type: toLfType('subflow'), model: SubflowNodeModel, view: SubflowNodeView }
