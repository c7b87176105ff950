import type { WorkingCalendar } from '@tongban/schemas'
import { isWorkingDay } from '@tongban/flow-engine'
import type { Queryable } from '../../../libraries/db'

/** Weekends only: the platform's `default` until one is imported (as the engine host counts). */
export const FALLBACK_DEFAULT: WorkingCalendar = {
  id: 'default',
  name: '默认（仅周末）',
  weekend: [0, 6],
  timeZone: 'Asia/Shanghai',
  years: {},
}

/** The calendar the platform counts with (`default`), or weekends only until one is imported. */
export async function loadDefaultCalendar(db: Queryable): Promise<WorkingCalendar> {
  const { rows } = await db.query(`SELECT doc FROM calendars WHERE id = 'default'`)
  return (rows[0]?.doc as WorkingCalendar | undefined) ?? FALLBACK_DEFAULT
}

const FIRST_YEAR = 2015
const LAST_YEAR = 2040

/**
 * Rebuild one calendar's rows of `monitoring_days` (the engine's `isWorkingDay`, so SQL and engine
 * agree): one row per date with the count of working days before it, and its `monitoring_calendars`
 * row (time zone; `doc_updated_at` = the `calendars.updated_at` it was built from). Call in the
 * transaction of every calendar edit.
 */
export async function rebuildWorkingDays(db: Queryable, calendar: WorkingCalendar): Promise<number> {
  const days: string[] = []
  const working: boolean[] = []
  const cum: number[] = []
  let count = 0
  for (let t = Date.UTC(FIRST_YEAR, 0, 1); t < Date.UTC(LAST_YEAR + 1, 0, 1); t += 86_400_000) {
    const day = new Date(t).toISOString().slice(0, 10)
    const w = isWorkingDay(calendar, day)
    days.push(day)
    working.push(w)
    cum.push(count)
    if (w) count++
  }
  await db.query('DELETE FROM monitoring_days WHERE calendar_id = $1', [calendar.id])
  await db.query(
    `INSERT INTO monitoring_days (calendar_id, day, working, cum_before)
     SELECT $1, * FROM unnest($2::date[], $3::boolean[], $4::int[])`,
    [calendar.id, days, working, cum],
  )
  await db.query(
    `INSERT INTO monitoring_calendars (calendar_id, time_zone, doc_updated_at, built_at)
     VALUES ($1, $2, (SELECT updated_at FROM calendars WHERE id = $1), now())
     ON CONFLICT (calendar_id) DO UPDATE SET time_zone = EXCLUDED.time_zone, doc_updated_at = EXCLUDED.doc_updated_at,
       built_at = now()`,
    [calendar.id, calendar.timeZone || 'Asia/Shanghai'],
  )
  return days.length
}

/**
 * Bring `monitoring_days` in line with `calendars`: build the days of every calendar that is new or
 * changed since its days were built (edited behind the API, or a database migrated from the
 * default-only days), drop those of deleted calendars. Returns the ids whose days changed: the
 * facts counted on them are stale.
 */
export async function syncWorkingDays(db: Queryable): Promise<string[]> {
  const { rows } = await db.query(
    `SELECT k.id, k.doc, k.updated_at FROM calendars k
       LEFT JOIN monitoring_calendars m ON m.calendar_id = k.id
      WHERE m.calendar_id IS NULL OR m.doc_updated_at IS DISTINCT FROM k.updated_at`,
  )
  const changed: string[] = []
  for (const r of rows) {
    await rebuildWorkingDays(db, r.doc as WorkingCalendar)
    changed.push(r.id as string)
  }
  // `default` always has days: the weekends-only fallback until a `default` calendar exists.
  const fallback = await db.query(
    `SELECT 1 FROM monitoring_calendars WHERE calendar_id = 'default'
      UNION ALL SELECT 1 FROM calendars WHERE id = 'default'`,
  )
  if (!fallback.rowCount) {
    await rebuildWorkingDays(db, FALLBACK_DEFAULT)
    changed.push('default')
  }
  const gone = await db.query(
    `DELETE FROM monitoring_calendars m
      WHERE m.calendar_id <> 'default' AND NOT EXISTS (SELECT 1 FROM calendars k WHERE k.id = m.calendar_id)
     RETURNING calendar_id`,
  )
  for (const r of gone.rows) {
    await db.query('DELETE FROM monitoring_days WHERE calendar_id = $1', [r.calendar_id])
    // Its cases now count on `default`: recomputing the default's cases takes them in.
    changed.push(r.calendar_id as string, 'default')
  }
  // A deleted `default` falls back to weekends only.
  const defaultGone = await db.query(
    `SELECT 1 FROM monitoring_calendars m WHERE m.calendar_id = 'default' AND m.doc_updated_at IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM calendars WHERE id = 'default')`,
  )
  if (defaultGone.rowCount) {
    await rebuildWorkingDays(db, FALLBACK_DEFAULT)
    changed.push('default')
  }
  return [...new Set(changed)]
}
