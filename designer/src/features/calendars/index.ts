export { CalendarsPage } from './list/calendars-page'
export { CalendarPage } from './calendar-page'
export { canAdministerCalendars } from './access'
