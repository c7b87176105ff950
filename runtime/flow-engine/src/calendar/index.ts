/**
 * Working-day calendar functions (工作日 with holidays and 调休). Pure; reused by the server's
 * monitoring to compute the same deadlines and cards as the engine.
 */
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
} from './working-days'
export { parseInstant, formatInstant, isInstant, DAY_MS, HOUR_MS, MINUTE_MS } from './instant'
export { zoneOffsetMinutes } from './zone'
