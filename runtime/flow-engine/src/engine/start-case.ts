import type { MatterBundle } from '@tongban/schemas'
import { beginFlow } from '../commands/submit'
import { applyDataPatch } from '../core/data'
import { fault } from '../core/fault'
import type { CaseState, EngineContext, EngineResult, StartCaseInput } from '../types'
import { formatInstant, parseInstant } from '../calendar/instant'
import { execute } from './execute'

/**
 * Create a case on a pinned bundle: as a draft (`submit: false`) or submitted, in which case the
 * start node is left and the flow runs until every branch waits (tasks, timers, callbacks).
 * Initial data is checked against the start node's field permissions.
 *
 * @example
 * const r = startCase(bundle, { caseId: 'c1', applicant: { id: 'p1', orgId: 'o1' }, data, submit: true }, ctx)
 * if (r.ok) save(r.state, r.effects, r.events)
 */
export function startCase(bundle: MatterBundle, input: StartCaseInput, ctx: EngineContext): EngineResult {
  const state = emptyState(bundle, input, formatInstant(parseInstant(ctx.now)))
  return execute(
    bundle,
    state,
    ctx,
    input.applicant.id,
    { type: 'start', input },
    (run) => {
      run.event('case.created', { data: { matterCode: bundle.matter.code, matterVersion: bundle.version } })
      if (!/^[A-Za-z0-9_.:-]{1,48}$/.test(input.caseId))
        fault('case.bad-id', 422, '办件编号只能含字母、数字和 _.:-（最多 48 位）', 'Case ids use letters, digits and _.:- (48 at most)')
      applyDataPatch(run, run.flow.start.id, input.data)
      if (input.submit) beginFlow(run)
    },
    false,
  )
}

function emptyState(bundle: MatterBundle, input: StartCaseInput, now: string): CaseState {
  return {
    format: 1,
    caseId: input.caseId,
    matter: { id: bundle.matter.id, code: bundle.matter.code, version: bundle.version },
    status: 'draft',
    version: 0,
    seq: 0,
    counters: { task: 0, token: 0, fork: 0, activity: 0, timer: 0, child: 0, callback: 0 },
    applicant: { id: input.applicant.id, orgId: input.applicant.orgId },
    data: {},
    chosenAssignees: { ...(input.chosenAssignees ?? {}) },
    createdAt: now,
    tokens: [],
    forks: {},
    activities: {},
    tasks: {},
    timers: {},
    path: [],
    clock: { pauses: [], card: 'none', legalOverdue: false },
    results: {},
    acted: false,
  }
}
