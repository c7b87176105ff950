import type { CaseEvent, MatterBundle, WorkingCalendar } from '@tongban/schemas'
import type { CaseState, EngineError, EngineSettings } from '../types'

export interface ReplayOptions {
  /** The calendar in force when the events were written. */
  calendar: WorkingCalendar
  settings?: EngineSettings
}

export type ReplayResult =
  | { ok: true; state: CaseState }
  | { ok: false; error: EngineError & { seq?: number } }

/**
 * Rebuild a case's state from its event log by re-running the recorded commands with the recorded
 * directory answers (Temporal-style replay). Fails when re-execution produces different events
 * (non-determinism) or the log is not contiguous.
 */
export function replay(_bundle: MatterBundle, _events: readonly CaseEvent[], _options: ReplayOptions): ReplayResult {
  throw new Error('not implemented')
}
