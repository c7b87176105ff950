import type { MatterCalendarRef } from '../../../api'

export type { MatterCalendarRef }

/**
 * Which matters use which calendar, resolved as the server's engine host does: the calendar the
 * matter names when it exists, else `default`.
 *
 * @example
 * calendarUsage(['default', 'cn-mainland'], [{ id: 'm', code: 'C', name: 'N', calendarId: 'gone' }]).get('default') // [m]
 */
export function calendarUsage(
  calendarIds: readonly string[],
  matters: readonly MatterCalendarRef[],
): Map<string, MatterCalendarRef[]> {
  const usage = new Map<string, MatterCalendarRef[]>(calendarIds.map((id) => [id, []]))
  for (const m of matters) {
    const id = m.calendarId && usage.has(m.calendarId) ? m.calendarId : 'default'
    usage.get(id)?.push(m)
  }
  for (const list of usage.values()) list.sort((a, b) => a.code.localeCompare(b.code))
  return usage
}
