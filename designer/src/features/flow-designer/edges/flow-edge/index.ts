import { LF_EDGE_TYPE } from '../../adapters/lf-graph'
import { FlowEdgeModel } from './model'
import { FlowEdgeView } from './view'

export const flowEdge = { type: LF_EDGE_TYPE, model: FlowEdgeModel, view: FlowEdgeView }
