import { toLfType } from '../../adapters/lf-graph'
import { HandleNodeModel } from './model'
import { HandleNodeView } from './view'

export const handleNode = { type: toLfType('handle'), model: HandleNodeModel, view: HandleNodeView }
