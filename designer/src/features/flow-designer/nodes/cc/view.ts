import { TaskNodeView } from '../shared/task-node'

/** View of the `cc` node. */
export class CcNodeView extends TaskNodeView {}
