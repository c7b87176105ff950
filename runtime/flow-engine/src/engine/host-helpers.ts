import type { CaseRecordFields, CaseState, EngineError } from '../types'

/**
 * The optimistic-lock check a host does before saving: the state it loaded must still be the
 * stored one. Returns a 409 error when `storedVersion` moved on since `loaded` was read.
 *
 * @example
 * const conflict = checkVersion(loaded, row.state_version); if (conflict) return res.status(409).json(conflict)
 */
export function checkVersion(_loaded: CaseState, _storedVersion: number): EngineError | null {
  throw new Error('not implemented')
}

/** The case-record columns the engine owns, derived from the state (also sent as `case.update`). */
export function toCaseRecordFields(_state: CaseState): CaseRecordFields {
  throw new Error('not implemented')
}
