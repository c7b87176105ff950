import { toLfType } from '../../adapters/lf-graph'
import { ServiceNodeModel } from './model'
import { ServiceNodeView } from './view'

export const serviceNode = { type: toLfType('service'), model: ServiceNodeModel, view: ServiceNodeView }
