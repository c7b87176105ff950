import { inTransaction, type Pool, type Queryable } from '../../../libraries/db'
import { errors, type FieldError } from '../../../libraries/errors/app-error'
import type { Principal } from '../../../libraries/auth/principal'
import type { RequestMeta } from '../../../libraries/http/request'
import { appendAudit } from '../../audit/data-access/audit-repository'
import { auditBase } from '../../audit/domain/audit-actor'
import { rebuildWorkingDays } from '../../monitoring/data-access/working-days'
import { queueCalendarRecompute, type RecomputeRunView } from '../../monitoring/data-access/recompute-runs'
import { EngineHost } from '../../cases/domain/engine-host'
import { getCalendar, saveCalendar, saveDayNames } from '../data-access/calendar-repository'
import { checkYearDays, withYear, type CalendarDay } from './calendar-year'

export interface UpdateYearResult {
  calendarId: string
  year: string
  holidays: number
  workdays: number
  /**
   * The recompute of this calendar's cases, queued with the edit (a graphile-worker job): open
   * cases' deadlines and timers, then the monitoring facts. Follow it at
   * `GET /api/calendars/:id/recompute/:runId`.
   */
  recomputed: RecomputeRunView
}

/**
 * Replace one year of a calendar (checked, audited, in one transaction with the day names, the
 * calendar's monitoring working days and the queued recompute of its cases: deadlines, armed
 * timers, open tasks and monitoring facts, run by the job worker). `problems` from a spreadsheet
 * import come first (per-row errors).
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
  } & YearCheckOptions,
): Promise<UpdateYearResult> {
  const { calendarId, year, days } = input
  checkYearParam(year)
  const result = await inTransaction(pool, async (tx) => {
    const current = await getCalendar(tx, calendarId, true)
    if (!current) throw errors.notFound('日历', 'Calendar', calendarId)
    const problems = yearProblems(current, year, days, input)
    if (problems.length) throw errors.validation(problems)
    const next = withYear(current, year, days)
    await saveCalendar(tx, next)
    await saveDayNames(tx, calendarId, year, days)
    await rebuildWorkingDays(tx, next)
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
    const run = await queueCalendarRecompute(tx, calendarId, 'year-updated', auditBase(input.principal, input.meta))
    return { next, run }
  })
  EngineHost.calendarsChanged()
  const { next: updated, run: recomputed } = result
  return {
    calendarId,
    year,
    holidays: updated.years[year]?.holidays.length ?? 0,
    workdays: updated.years[year]?.workdays.length ?? 0,
    recomputed,
  }
}

/**
 * What an import of these days would be refused for, without changing anything (the designer's
 * preview): the same checks {@link updateCalendarYear} applies, in row order. 404 for an unknown
 * calendar, 422 for a malformed year.
 */
export async function previewCalendarYear(
  db: Queryable,
  input: { calendarId: string; year: string; days: CalendarDay[] } & YearCheckOptions,
): Promise<FieldError[]> {
  checkYearParam(input.year)
  const current = await getCalendar(db, input.calendarId)
  if (!current) throw errors.notFound('日历', 'Calendar', input.calendarId)
  return yearProblems(current, input.year, input.days, input)
}

/**
 * Queue a recompute of the cases on `calendarId` (deadlines, timers, open tasks, monitoring facts;
 * audited by the job as `calendar.deadlines-recomputed` on behalf of the caller).
 */
export async function recompute(
  db: Queryable,
  calendarId: string,
  input: { principal: Principal; meta: RequestMeta },
): Promise<RecomputeRunView> {
  return queueCalendarRecompute(db, calendarId, 'requested', auditBase(input.principal, input.meta))
}

// helpers

interface YearCheckOptions {
  /** Problems found before (a spreadsheet's unreadable rows); they are reported with the rest. */
  problems?: FieldError[]
  /** Where day `i`'s field is in the request (default `/body/days/i/field`). */
  locate?: (index: number, field: 'date' | 'kind') => string
  /** How a message names day `i` (default: its position in the list). */
  entry?: (index: number) => { zh: string; en: string }
}

function checkYearParam(year: string): void {
  if (!/^\d{4}$/.test(year))
    throw errors.validation([
      {
        path: '/params/year',
        code: 'calendar.year',
        message: '年份须为四位数字',
        messageEn: 'The year must have four digits',
      },
    ])
}

function yearProblems(
  current: Parameters<typeof checkYearDays>[0],
  year: string,
  days: readonly CalendarDay[],
  options: YearCheckOptions,
): FieldError[] {
  const problems = [
    ...(options.problems ?? []),
    ...checkYearDays(current, year, days, options.locate ?? ((i, f) => `/body/days/${i}/${f}`), options.entry),
  ]
  // In row order, as a person fixes a spreadsheet.
  return problems.sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }))
}
