import type { MatterBundle } from '@tongban/schemas'
import { ExpressionError } from '@tongban/schemas'
import { cloneState, deepClone } from '../core/clone'
import { drain } from '../core/drain'
import { EngineFault } from '../core/fault'
import { Run } from '../core/run'
import type { CaseState, EngineContext, EngineResult } from '../types'
import { toCaseRecordFields } from './host-helpers'

/**
 * Run one command on a copy of the state: apply, let tokens run to their wait states, then seal the
 * batch (directory answers recorded, command stored in the first event, version bumped, case record
 * refreshed). A refusal returns the error and nothing else.
 */
export function execute(
  bundle: MatterBundle,
  state: CaseState,
  ctx: EngineContext,
  actorId: string | null,
  command: object,
  body: (run: Run) => void,
  bumpVersion = true,
): EngineResult {
  let run: Run
  try {
    run = new Run(bundle, cloneState(state), ctx, actorId)
    body(run)
    drain(run)
  } catch (e) {
    if (e instanceof EngineFault) return { ok: false, error: e.error }
    if (e instanceof ExpressionError)
      return { ok: false, error: { code: e.code, status: 422, message: e.message, messageEn: e.messageEn } }
    throw e
  }
  if (run.lookups.length > 0) run.event('directory.resolved', { data: { lookups: run.lookups } })
  const first = run.events[0]
  // The command (and the settings it ran under) travel with the batch: replay needs nothing else
  // but the bundle and the calendar.
  if (first) first.data = { ...first.data, command: deepClone(command), ...(ctx.settings ? { settings: deepClone(ctx.settings) } : {}) }
  if (bumpVersion) run.state.version++
  run.effect({ kind: 'case.update', caseId: run.caseId, fields: toCaseRecordFields(run.state) })
  return { ok: true, state: run.state, effects: run.effects, events: run.events }
}
