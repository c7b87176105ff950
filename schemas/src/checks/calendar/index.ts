import { issue, type Issue } from '../../common/issue'
import type { WorkingCalendar } from '../../calendar/calendar.schema'
import { dayOfWeek, parseCivilDate } from '../../expression/library/civil-date'
import { runChecks, type DocumentCheck } from '../check'

export type CalendarCheck = DocumentCheck<{ readonly calendar: WorkingCalendar }>

interface ListedDate {
  readonly date: string
  readonly year: string
  readonly list: 'holidays' | 'workdays'
  readonly pointer: string
}

function listedDates(calendar: WorkingCalendar): ListedDate[] {
  return Object.entries(calendar.years).flatMap(([year, lists]) =>
    (['holidays', 'workdays'] as const).flatMap((list) =>
      lists[list].map((date, i) => ({ date, year, list, pointer: `/years/${year}/${list}/${i}` })),
    ),
  )
}

const validDate: CalendarCheck = {
  code: 'calendar.invalid-date',
  title: { 'zh-CN': '日期真实存在且属于所在年份', en: 'Dates exist and belong to their year' },
  run({ calendar }) {
    return listedDates(calendar).flatMap((d) => {
      if (!parseCivilDate(d.date)) {
        return [
          issue(
            d.pointer,
            'calendar.invalid-date',
            `日期“${d.date}”不存在`,
            `The date "${d.date}" does not exist`,
          ),
        ]
      }
      if (!d.date.startsWith(`${d.year}-`)) {
        return [
          issue(
            d.pointer,
            'calendar.invalid-date',
            `日期“${d.date}”不属于 ${d.year} 年`,
            `The date "${d.date}" is not in ${d.year}`,
          ),
        ]
      }
      return []
    })
  },
}

const noConflicts: CalendarCheck = {
  code: 'calendar.conflicting-date',
  title: {
    'zh-CN': '同一日期只列一次，且不同时是假日和调休工作日',
    en: 'A date is listed once, never as both holiday and working day',
  },
  run({ calendar }) {
    const seen = new Map<string, ListedDate>()
    return listedDates(calendar).flatMap((d) => {
      const first = seen.get(d.date)
      if (!first) {
        seen.set(d.date, d)
        return []
      }
      const both = first.list !== d.list
      return [
        issue(
          d.pointer,
          'calendar.conflicting-date',
          both ? `日期“${d.date}”同时被列为假日和调休工作日` : `日期“${d.date}”重复列出`,
          both
            ? `The date "${d.date}" is listed as both a holiday and a working day`
            : `The date "${d.date}" is listed twice`,
        ),
      ]
    })
  },
}

/** A make-up working day (调休上班) falls on a weekend day; on a weekday it changes nothing. */
const workdayOnWeekend: CalendarCheck = {
  code: 'calendar.workday-not-weekend',
  title: { 'zh-CN': '调休工作日在周末', en: 'Make-up working days fall on weekends' },
  run({ calendar }) {
    const weekend = new Set(calendar.weekend)
    return listedDates(calendar).flatMap((d) => {
      const civil = parseCivilDate(d.date)
      if (d.list !== 'workdays' || !civil || weekend.has(dayOfWeek(civil))) return []
      return [
        issue(
          d.pointer,
          'calendar.workday-not-weekend',
          `调休工作日“${d.date}”本来就是工作日`,
          `The make-up working day "${d.date}" is already a working day`,
          {
            severity: 'warning',
          },
        ),
      ]
    })
  },
}

const workHoursOrdered: CalendarCheck = {
  code: 'calendar.work-hours',
  title: { 'zh-CN': '上班时间早于下班时间', en: 'Working hours start before they end' },
  run({ calendar }) {
    const hours = calendar.workHours
    if (!hours || hours.start < hours.end) return []
    return [
      issue(
        '/workHours/end',
        'calendar.work-hours',
        '下班时间应晚于上班时间',
        'Working hours must end after they start',
      ),
    ]
  },
}

export const CALENDAR_CHECKS: readonly CalendarCheck[] = [
  validDate,
  noConflicts,
  workdayOnWeekend,
  workHoursOrdered,
]

export function runCalendarChecks(calendar: WorkingCalendar): Issue[] {
  return runChecks(CALENDAR_CHECKS, { calendar })
}
