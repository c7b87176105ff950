/**
 * 全流程监控分析: the time-limit clock, fact tables and the monitoring API. Mount with
 * `...monitoringRoutes(pool)` in app.ts; keep the facts fresh with `startFactsRefresher`; register
 * `monitoringJobs(pool)` with the job worker (the recompute after a calendar edit).
 */
export { monitoringRoutes, type MonitoringRouteOptions } from './entry-points/http/monitoring-routes'
export {
  computeClock,
  stepCard,
  cardOf,
  type ClockInput,
  type ClockState,
  type Pause,
} from './domain/case-clock'
export {
  recomputeCalendarDeadlines,
  type CalendarRecomputeResult,
} from './domain/recompute-calendar-deadlines'
export { rescheduleCase, type RescheduleInput, type RescheduleResult, type TimerChange } from './domain/reschedule-case'
export { refreshFacts, rebuildWorkingDays, loadDefaultCalendar } from './data-access/facts-refresh'
export { rebuildAllFacts, type BulkBuildResult } from './data-access/facts-bulk'
export { startFactsRefresher } from './domain/facts-refresher'
export { monitoringJobs, runCalendarRecompute } from './domain/calendar-recompute-job'
export {
  queueCalendarRecompute,
  getRecomputeRun,
  listRecomputeRuns,
  CALENDAR_RECOMPUTE_TASK,
  type RecomputeRunView,
} from './data-access/recompute-runs'
