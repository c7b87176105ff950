import { toLfType } from '../../adapters/lf-graph'
import { TimerNodeModel } from './model'
import { TimerNodeView } from './view'

export const timerNode = { type: toLfType('timer'), model: TimerNodeModel, view: TimerNodeView }
