import type { FlowNodeOf, FlowNodeType } from '@tongban/schemas'
import type { Run } from '../core/run'
import type { Token } from '../types'

/**
 * What a node type does when a token enters it: wait (set `token.wait`), or record the visit and
 * move the token on. One file per node type; {@link NODE_BEHAVIORS} assembles them.
 */
export interface NodeBehavior<T extends FlowNodeType> {
  type: T
  enter(run: Run, token: Token, node: FlowNodeOf<T>): void
}
