import { TaskNodeView } from '../shared/task-node'

/** View of the `subflow` node. */
export class SubflowNodeView extends TaskNodeView {}
