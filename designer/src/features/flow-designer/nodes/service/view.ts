import { TaskNodeView } from '../shared/task-node'

/** View of the `service` node. */
export class ServiceNodeView extends TaskNodeView {}
