/**
 * 全流程监控分析: the time-limit clock, fact tables and the monitoring API. Mount with
 * `...monitoringRoutes(pool)` in app.ts; keep the facts fresh with `startFactsRefresher`.
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
export { startFactsRefresher } from './domain/facts-refresher'
