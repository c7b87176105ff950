import type { WorkingCalendar } from '@tongban/schemas'
import type { DirectoryPort } from './directory'

/**
 * Host-tunable engine settings. Everything has a default so `settings` may be omitted.
 */
export interface EngineSettings {
  /**
   * People treated as platform administrators for `cancel`, `remove-signer` and the
   * `assign-admin` empty-assignee policy, in addition to {@link DirectoryPort.isAdmin}.
   */
  adminIds?: readonly string[]
  /** Share of a limit at which the yellow card shows when the matter does not say (default 0.8). */
  yellowAt?: number
  /** Minimum minutes between two urges (催办) of the same case; 0 = no limit (default 0). */
  urgeIntervalMinutes?: number
  /** Guard against runaway automatic loops (exclusive loops without a wait state). Default 500. */
  maxStepsPerCommand?: number
}

/**
 * Everything the outside world gives the engine for one call. The engine reads no clock and
 * makes no ids: `now` is the instant of the command and ids are counters kept in the state.
 *
 * @example
 * const ctx: EngineContext = { now: '2026-03-02T02:00:00.000Z', directory, calendar }
 */
export interface EngineContext {
  /** Instant of the command, ISO-8601 (`2026-03-02T02:00:00.000Z`). */
  now: string
  /** Synchronous directory look-ups; every answer is recorded in a `directory.resolved` event. */
  directory: DirectoryPort
  /** Working-day calendar for deadlines and working-day timers. */
  calendar: WorkingCalendar
  settings?: EngineSettings
}
