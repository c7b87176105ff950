/**
 * Builds `data/calendar.json` (WorkingCalendar) from the official holiday data carried by the npm
 * package `chinese-days` (国务院办公厅 notices on public holidays and make-up working days, 调休).
 *
 * Run: `npm run build:calendar -w @tongban/examples`. Deterministic: same package version, same file.
 */
import chineseDays from 'chinese-days'
import type { CalendarYear, WorkingCalendar } from '@tongban/schemas'
import { writeJson } from './lib/write-json'

const YEARS = [2025, 2026]
const WEEKEND = [0, 6]

function isoDays(year: number): string[] {
  const days: string[] = []
  for (let d = new Date(Date.UTC(year, 0, 1)); d.getUTCFullYear() === year; d.setUTCDate(d.getUTCDate() + 1)) {
    days.push(d.toISOString().slice(0, 10))
  }
  return days
}

/**
 * Holidays: every day of an official holiday period (weekend days inside it included, so the
 * calendar can show the whole break). Workdays: weekend days declared working (调休上班).
 * A named day carries "English,中文,length"; a plain weekend carries the weekday name.
 */
function yearOf(year: number): CalendarYear {
  const holidays: string[] = []
  const workdays: string[] = []
  for (const date of isoDays(year)) {
    const detail = chineseDays.getDayDetail(date)
    const weekday = new Date(date + 'T00:00:00Z').getUTCDay()
    const official = detail.name.includes(',')
    if (!detail.work && official) holidays.push(date)
    if (detail.work && WEEKEND.includes(weekday)) workdays.push(date)
  }
  return { holidays, workdays }
}

const calendar: WorkingCalendar = {
  id: 'cn-mainland',
  name: '中国大陆法定工作日历（2025–2026）',
  weekend: WEEKEND,
  timeZone: 'Asia/Shanghai',
  workHours: { start: '08:30', end: '17:30' },
  years: Object.fromEntries(YEARS.map((y) => [String(y), yearOf(y)])),
}

const file = writeJson('data/calendar.json', calendar)
console.log(`wrote ${file}`)
