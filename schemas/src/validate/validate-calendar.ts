import type { Issue } from '../common/issue'
import { WorkingCalendar } from '../calendar/calendar.schema'
import { runCalendarChecks } from '../checks/calendar'
import { validateAgainst } from './ajv'

/**
 * Validate a working-day calendar: its schema, then real dates in their own year, no date both a
 * holiday and a make-up working day, ordered working hours.
 *
 * @example
 * validateCalendar({ id: 'cn', name: '全国', weekend: [0, 6], timeZone: 'Asia/Shanghai', years: {} }) // []
 */
export function validateCalendar(document: unknown): Issue[] {
  const result = validateAgainst(WorkingCalendar, document)
  return result.ok ? runCalendarChecks(result.value) : result.issues
}
