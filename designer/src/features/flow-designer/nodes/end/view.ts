import { EventNodeView } from '../shared/event-node'

/** View of the `end` node. */
export class EndNodeView extends EventNodeView {}
