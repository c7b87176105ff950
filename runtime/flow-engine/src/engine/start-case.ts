import type { MatterBundle } from '@tongban/schemas'
import type { EngineContext, EngineResult, StartCaseInput } from '../types'

/**
 * Create a case on a pinned bundle: as a draft (`submit: false`) or submitted, in which case the
 * start node is left and the flow runs until every branch waits (tasks, timers, callbacks).
 *
 * @example
 * const r = startCase(bundle, { caseId: 'c1', applicant: { id: 'p1', orgId: 'o1' }, data, submit: true }, ctx)
 * if (r.ok) save(r.state, r.effects, r.events)
 */
export function startCase(_bundle: MatterBundle, _input: StartCaseInput, _ctx: EngineContext): EngineResult {
  throw new Error('not implemented')
}
