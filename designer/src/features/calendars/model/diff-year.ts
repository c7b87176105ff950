import type { CalendarDay } from '../../../api'

export interface YearDiff {
  added: CalendarDay[]
  removed: CalendarDay[]
  /** Same date, another type or name. */
  changed: Array<{ before: CalendarDay; after: CalendarDay }>
  unchanged: number
}

/**
 * What replacing a year's list `current` by `next` changes, by date (an import replaces the whole
 * year, so days missing from the file are removed).
 *
 * @example
 * diffYear([{ date: '2026-01-01', kind: 'holiday' }], []).removed.length // 1
 */
export function diffYear(current: readonly CalendarDay[], next: readonly CalendarDay[]): YearDiff {
  const before = new Map(current.map((d) => [d.date, d]))
  const after = new Map(next.map((d) => [d.date, d]))
  const diff: YearDiff = { added: [], removed: [], changed: [], unchanged: 0 }
  for (const d of next) {
    const b = before.get(d.date)
    if (!b) diff.added.push(d)
    else if (b.kind !== d.kind || (b.name ?? '') !== (d.name ?? ''))
      diff.changed.push({ before: b, after: d })
    else diff.unchanged++
  }
  for (const d of current) if (!after.has(d.date)) diff.removed.push(d)
  const byDate = (a: CalendarDay, b: CalendarDay) => a.date.localeCompare(b.date)
  diff.added.sort(byDate)
  diff.removed.sort(byDate)
  diff.changed.sort((a, b) => byDate(a.after, b.after))
  return diff
}
