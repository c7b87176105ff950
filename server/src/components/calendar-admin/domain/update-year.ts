import type { WorkingCalendar } from '@tongban/schemas'
import { inTransaction, type Pool } from '../../../libraries/db'
import { errors, type FieldError } from '../../../libraries/errors/app-error'
import type { Principal } from '../../../libraries/auth/principal'
import type { RequestMeta } from '../../../libraries/http/request'
import { appendAudit } from '../../audit/data-access/audit-repository'
import { auditBase } from '../../audit/domain/audit-actor'
import { rebuildWorkingDays } from '../../monitoring/data-access/facts-refresh'
import { recomputeCalendarDeadlines } from '../../monitoring/domain/recompute-calendar-deadlines'
import { EngineHost } from '../../cases/domain/engine-host'
import { getCalendar, saveCalendar, saveDayNames } from '../data-access/calendar-repository'
import { checkYearDays, withYear, type CalendarDay } from './calendar-year'

export interface UpdateYearResult {
  calendarId: string
  year: string
  holidays: number
  workdays: number
  /** Open cases on this calendar examined, and those whose deadlines or timers moved. */
  recomputed: { examined: number; changed: number }
}

/**
 * Replace one year of a calendar (checked, audited, in one transaction with the day names; for the
 * platform's `default` calendar also the monitoring working-day table), then recompute the
 * deadlines, armed timers and open tasks of the open cases on this calendar. `problems` from a
 * spreadsheet import come first (per-row errors).
 */
export async function updateCalendarYear(
  pool: Pool,
  input: {
    calendarId: string
    year: string
    days: CalendarDay[]
    principal: Principal
    meta: RequestMeta
    source: 'api' | 'excel'
    now: Date
    problems?: FieldError[]
    /** Where day `i`'s field is in the request (default `/body/days/i/field`). */
    locate?: (index: number, field: 'date' | 'kind') => string
  },
): Promise<UpdateYearResult> {
  const { calendarId, year, days } = input
  if (!/^\d{4}$/.test(year))
    throw errors.validation([
      {
        path: '/params/year',
        code: 'calendar.year',
        message: '年份须为四位数字',
        messageEn: 'The year must have four digits',
      },
    ])
  const updated = await inTransaction(pool, async (tx) => {
    const current = await getCalendar(tx, calendarId, true)
    if (!current) throw errors.notFound('日历', 'Calendar', calendarId)
    const problems = [
      ...(input.problems ?? []),
      ...checkYearDays(current, year, days, input.locate ?? ((i, f) => `/body/days/${i}/${f}`)),
    ]
    // In row order, as a person fixes a spreadsheet.
    problems.sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }))
    if (problems.length) throw errors.validation(problems)
    const next = withYear(current, year, days)
    await saveCalendar(tx, next)
    await saveDayNames(tx, calendarId, year, days)
    if (calendarId === 'default') await rebuildWorkingDays(tx, next)
    await appendAudit(tx, {
      ...auditBase(input.principal, input.meta),
      action: 'calendar.year-updated',
      targetType: 'calendar',
      targetId: calendarId,
      data: {
        year,
        source: input.source,
        holidays: next.years[year]?.holidays.length,
        workdays: next.years[year]?.workdays.length,
        before: current.years[year] ?? null,
      },
    })
    return next
  })
  EngineHost.calendarsChanged()
  const recomputed = await recompute(pool, calendarId, updated, input)
  return {
    calendarId,
    year,
    holidays: updated.years[year]?.holidays.length ?? 0,
    workdays: updated.years[year]?.workdays.length ?? 0,
    recomputed,
  }
}

/**
 * Recompute the open cases on `calendar` (deadlines, timers and their jobs, open tasks), audited;
 * each moved timer is also a `timer.set` event of its case.
 */
export async function recompute(
  pool: Pool,
  calendarId: string,
  calendar: WorkingCalendar,
  input: { principal: Principal; meta: RequestMeta; now: Date },
): Promise<{ examined: number; changed: number }> {
  const r = await recomputeCalendarDeadlines(pool, calendarId, calendar, { now: input.now })
  await appendAudit(pool, {
    ...auditBase(input.principal, input.meta),
    action: 'calendar.deadlines-recomputed',
    targetType: 'calendar',
    targetId: calendarId,
    data: {
      examined: r.examined,
      changed: r.changed.length,
      cases: r.changed.slice(0, 100),
      ...(r.conflicts.length ? { conflicts: r.conflicts } : {}),
    },
  })
  return { examined: r.examined, changed: r.changed.length }
}
