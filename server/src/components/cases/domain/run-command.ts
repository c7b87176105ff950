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
import { fastPathApplies, persistInOneStatement, type SaveGuard } from './persist-fast'

/** What a command needs of the case row: the state and the columns an action looks at. */
export type CaseForCommand = Pick<
  CaseRow,
  | 'id'
  | 'matterId'
  | 'matterVersion'
  | 'status'
  | 'data'
  | 'applicantId'
  | 'applicantOrgId'
  | 'parentCaseId'
  | 'stateVersion'
  | 'state'
>

export interface CommandOutcome {
  before: CaseForCommand
  result: EngineSuccess
}

export interface RunOptions {
  /** Runs inside the saving transaction (idempotency record, timer bookkeeping…). */
  extra?: (tx: PoolClient, outcome: CommandOutcome) => Promise<void>
  /** The case row with its state, when the caller already has it (saves a round trip). */
  preloaded?: CaseForCommand
  /**
   * Conditions the saving statement checks as well (see SaveGuard). With a guard the save is one
   * statement or nothing: a transition that needs the general path, or a failed guard or version
   * check, throws {@link SaveNotMade} and writes nothing.
   */
  guard?: SaveGuard
}

/** A guarded command wrote nothing; `answer` holds the guard's columns when the statement ran. */
export class SaveNotMade extends Error {
  constructor(readonly answer?: Record<string, unknown>) {
    super('guarded save not made')
  }
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
  build: (row: CaseForCommand, bundle: MatterBundle) => Promise<Command> | Command,
  audit: Omit<AuditEntry, 'targetType' | 'targetId'>,
  { extra, preloaded, guard }: RunOptions = {},
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
  const oneStatement = !extra && !(finished && row.parentCaseId) && fastPathApplies(result.effects)
  if (guard && !oneStatement) throw new SaveNotMade()
  if (oneStatement) {
    // The common case (an approval, a comment…): everything in one statement, one round trip.
    const answer = await persistInOneStatement(deps.pool, {
      caseId,
      expectedVersion: row.stateVersion,
      state: result.state,
      fields,
      effects: result.effects,
      events: result.events,
      audit: auditEntry,
      guard,
      subscribers: deps.subscribers,
      saves: deps.saves,
    })
    if (!answer.saved) throw guard ? new SaveNotMade(answer.guard) : versionConflict()
    deps.states?.set(caseId, fields.stateVersion, result.state, row.parentCaseId)
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
  deps.states?.set(caseId, fields.stateVersion, result.state, row.parentCaseId)
  return outcome
}
