import { applyCommand, toCaseRecordFields, type Command, type EngineSuccess } from '@tongban/flow-engine'
import type { MatterBundle } from '@tongban/schemas'
import { FINISHED_CASE_STATUSES } from '@tongban/schemas'
import { inTransaction, type PoolClient } from '../../../libraries/db'
import { enqueue } from '../../../libraries/queue/queue'
import { errors } from '../../../libraries/errors/app-error'
import { appendAudit, type AuditEntry } from '../../audit/data-access/audit-repository'
import { findCase, saveState, type CaseRow } from '../data-access/case-repository'
import type { CaseDeps } from './case-deps'
import { fromEngineError, versionConflict } from './engine-error'
import { persistEffects, SUBFLOW_FINISHED_TASK } from './persist-transition'
import { fastPathApplies, persistInOneStatement } from './persist-fast'

export interface CommandOutcome {
  before: CaseRow
  result: EngineSuccess
}

/**
 * Run one engine command on a case: load the state (no lock), let the engine decide, then save
 * state, tasks, events, effects and the audit record in ONE transaction guarded by the state
 * version (`UPDATE … WHERE state_version = <read>`). When another command saved first, nothing is
 * written and the caller gets 409. `extra` runs inside the same transaction (idempotency record).
 */
export async function runCaseCommand(
  deps: CaseDeps,
  caseId: string,
  build: (row: CaseRow, bundle: MatterBundle) => Promise<Command> | Command,
  audit: Omit<AuditEntry, 'targetType' | 'targetId'>,
  extra?: (tx: PoolClient, outcome: CommandOutcome) => Promise<void>,
  /** The case row with its state, when the caller already read it (saves a round trip). */
  preloaded?: CaseRow,
): Promise<CommandOutcome> {
  const row = preloaded ?? (await findCase(deps.pool, caseId))
  if (!row) throw errors.notFound('办件', 'Case', caseId)
  const bundle = await deps.bundles.get(deps.pool, row.matterId, row.matterVersion)
  const command = await build(row, bundle)
  const ctx = await deps.host.context(deps.pool, bundle.matter.calendarId)
  const result = applyCommand(bundle, row.state, command, ctx)
  if (!result.ok) throw fromEngineError(result.error)
  const outcome: CommandOutcome = { before: row, result }
  const fields = toCaseRecordFields(result.state)
  const finished =
    FINISHED_CASE_STATUSES.includes(result.state.status) && !FINISHED_CASE_STATUSES.includes(row.status)
  const auditEntry = {
    ...audit,
    targetType: 'case',
    targetId: caseId,
    data: { ...(audit.data ?? {}), command: command.type, version: result.state.version },
  }
  if (!extra && !(finished && row.parentCaseId) && fastPathApplies(result.effects)) {
    // The common case (an approval, a comment…): everything in one statement, one round trip.
    const saved = await persistInOneStatement(deps.pool, {
      caseId,
      expectedVersion: row.stateVersion,
      state: result.state,
      fields,
      effects: result.effects,
      events: result.events,
      audit: auditEntry,
    })
    if (!saved) throw versionConflict()
    deps.states?.set(caseId, fields.stateVersion, result.state)
    return outcome
  }
  await inTransaction(deps.pool, async (tx) => {
    const saved = await saveState(tx, caseId, row.stateVersion, result.state, fields)
    if (!saved) throw versionConflict()
    await persistEffects(tx, result.state, result.effects, result.events)
    await appendAudit(tx, auditEntry)
    if (finished && row.parentCaseId)
      await enqueue(
        tx,
        SUBFLOW_FINISHED_TASK,
        { parentCaseId: row.parentCaseId, childCaseId: caseId },
        { jobKey: `subflow-finished:${caseId}`, maxAttempts: 20, queueName: `case:${row.parentCaseId}` },
      )
    if (extra) await extra(tx, outcome)
  })
  deps.states?.set(caseId, fields.stateVersion, result.state)
  return outcome
}
