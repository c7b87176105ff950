import type { CaseRecordFields, CaseState, EngineError } from '../types'

/**
 * The optimistic-lock check a host does before saving: the state it loaded must still be the stored
 * one. Returns a 409 error when `storedVersion` moved on since `loaded` was read. (In SQL:
 * `UPDATE cases SET state = $new, state_version = $new.version WHERE id = $id AND state_version = $loaded.version`
 * and the same error when no row was updated.)
 *
 * @example
 * const conflict = checkVersion(loaded, row.state_version); if (conflict) return res.status(409).json(conflict)
 */
export function checkVersion(loaded: CaseState, storedVersion: number): EngineError | null {
  if (loaded.version === storedVersion) return null
  return {
    code: 'case.version-conflict',
    status: 409,
    message: '办件已被他人处理，请刷新后重试',
    messageEn: 'The case was changed by someone else; reload and retry',
    details: [
      {
        path: '/stateVersion',
        code: 'version.mismatch',
        message: `读取的版本 ${loaded.version}，当前版本 ${storedVersion}`,
        messageEn: `read version ${loaded.version}, stored version ${storedVersion}`,
      },
    ],
  }
}

/** The case-record columns the engine owns, derived from the state (also sent as `case.update`). */
export function toCaseRecordFields(state: CaseState): CaseRecordFields {
  const nodes = new Set<string>()
  for (const t of state.tokens) nodes.add(t.nodeId)
  if (state.correction) for (const t of Object.values(state.tasks)) if (t.kind === 'correction') nodes.add(t.nodeId)
  const fields: CaseRecordFields = {
    status: state.status,
    matterVersion: state.matter.version,
    data: state.data,
    currentNodeIds: [...nodes],
    card: state.clock.card,
    stateVersion: state.version,
  }
  if (state.submittedAt) fields.submittedAt = state.submittedAt
  if (state.finishedAt) fields.finishedAt = state.finishedAt
  if (state.clock.promisedDeadline) fields.promisedDeadline = state.clock.promisedDeadline
  if (state.clock.legalDeadline) fields.legalDeadline = state.clock.legalDeadline
  return fields
}
