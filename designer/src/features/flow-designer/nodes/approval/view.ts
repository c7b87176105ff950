import { TaskNodeView } from '../shared/task-node'

/** View of the `approval` node. */
export class ApprovalNodeView extends TaskNodeView {}
