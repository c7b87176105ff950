import type { MatterBundle } from '@tongban/schemas'
import type { CaseState, Command, EngineContext, EngineResult } from '../types'

/**
 * Apply one command to a case. Returns the new state (version + 1), the effects for the host and the
 * new events, or an error: an illegal or unauthorised command changes nothing.
 *
 * @example
 * const r = applyCommand(bundle, state, { type: 'approve', actorId: 'p2', taskId: 'c1-t1' }, ctx)
 */
export function applyCommand(
  _bundle: MatterBundle,
  _state: CaseState,
  _command: Command,
  _ctx: EngineContext,
): EngineResult {
  throw new Error('not implemented')
}
