import { toLfType } from '../../adapters/lf-graph'
import { ApprovalNodeModel } from './model'
import { ApprovalNodeView } from './view'

export const approvalNode = { type: toLfType('approval'), model: ApprovalNodeModel, view: ApprovalNodeView }
