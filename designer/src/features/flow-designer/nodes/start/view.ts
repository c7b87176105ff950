import { EventNodeView } from '../shared/event-node'

/** View of the `start` node. */
export class StartNodeView extends EventNodeView {}
