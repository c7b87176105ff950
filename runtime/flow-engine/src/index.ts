/**
 * @tongban/flow-engine — a pure, deterministic interpreter of Tongban flows.
 *
 * `(bundle, state, command, ctx) → { state, effects, events } | error`. No I/O, no clock, no
 * randomness: time, the directory and the calendar come in through {@link EngineContext}; ids are
 * counters in the state. The host saves the state with an optimistic version check and performs the
 * effects (tasks, notifications, timers, webhooks, sub-cases).
 */
export type * from './types'
export { startCase } from './engine/start-case'
export { applyCommand } from './engine/apply-command'
export { checkVersion, toCaseRecordFields } from './engine/host-helpers'
export { listReturnTargets } from './engine/queries'
export { taskActions, type TaskActions } from './engine/task-actions'
export { previewPath } from './preview/preview-path'
export { migrateCase } from './migrate/migrate-case'
export { replay, type ReplayOptions, type ReplayResult } from './replay/replay'
export { createDirectoryPort } from './assignees/document-directory'
export { taskFieldAccess, nodeFieldAccess, checkDataEdit, formFieldNames } from './fields/field-access'
export * as calendar from './calendar'
export {
  isWorkingDay,
  localDate,
  addWorkingDays,
  deadlineAfterWorkingDays,
  workingMsBetween,
  workingDaysBetween,
  addWorkingTime,
  addDuration,
  thresholdInstant,
} from './calendar'
