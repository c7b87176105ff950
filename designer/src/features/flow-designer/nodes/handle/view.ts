import { TaskNodeView } from '../shared/task-node'

/** View of the `handle` node. */
export class HandleNodeView extends TaskNodeView {}
