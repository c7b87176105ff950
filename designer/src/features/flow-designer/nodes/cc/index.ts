import { toLfType } from '../../adapters/lf-graph'
import { CcNodeModel } from './model'
import { CcNodeView } from './view'

export const ccNode = { type: toLfType('cc'), model: CcNodeModel, view: CcNodeView }
