/** 工作日历管理: mount with `...calendarRoutes(pool)` in app.ts. */
export { calendarRoutes } from './entry-points/http/calendar-routes'
export { checkYearDays, withYear, yearDays, type CalendarDay } from './domain/calendar-year'
export { readCalendarWorkbook, writeCalendarWorkbook } from './domain/calendar-workbook'
