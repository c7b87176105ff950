import type { WorkingCalendar } from '@tongban/schemas'
import type { Queryable } from '../../../libraries/db'
import type { CalendarDay } from '../domain/calendar-year'

export async function listCalendars(db: Queryable) {
  const { rows } = await db.query(
    `SELECT id, doc->>'name' AS name, doc->>'timeZone' AS "timeZone",
            (SELECT coalesce(array_agg(k ORDER BY k), '{}') FROM jsonb_object_keys(doc->'years') k) AS years,
            updated_at AS "updatedAt"
       FROM calendars ORDER BY id`,
  )
  return rows
}

/**
 * Every matter with the `calendarId` its current published version names (the draft's before a
 * first publish; absent when it names none) — what the 工作日历 list shows as "used by".
 */
export async function matterCalendars(
  db: Queryable,
): Promise<Array<{ id: string; code: string; name: string; regionId: string; calendarId?: string }>> {
  const { rows } = await db.query(
    `SELECT m.id, m.code, m.name, m.region_id AS "regionId",
            CASE WHEN v.matter_id IS NULL THEN m.draft->'matter'->>'calendarId'
                 ELSE v.bundle->'matter'->>'calendarId' END AS "calendarId"
       FROM matters m
       LEFT JOIN matter_versions v ON v.matter_id = m.id AND v.version = m.current_version
      ORDER BY m.code, m.region_id`,
  )
  return rows.map(
    ({
      calendarId,
      ...m
    }: {
      calendarId: string | null
      id: string
      code: string
      name: string
      regionId: string
    }) => (calendarId ? { ...m, calendarId } : m),
  )
}

/** The calendar, locked for update when `forUpdate` (inside a transaction). */
export async function getCalendar(
  db: Queryable,
  id: string,
  forUpdate = false,
): Promise<WorkingCalendar | null> {
  const { rows } = await db.query(
    `SELECT doc FROM calendars WHERE id = $1 ${forUpdate ? 'FOR UPDATE' : ''}`,
    [id],
  )
  return (rows[0]?.doc as WorkingCalendar | undefined) ?? null
}

/**
 * The working calendar of a matter: the one its `calendarId` names when it exists, else
 * `default` (null when neither exists) — the choice the engine host makes for its cases.
 */
export async function resolveCalendar(
  db: Queryable,
  calendarId: string | undefined,
): Promise<WorkingCalendar | null> {
  const { rows } = await db.query(
    `SELECT doc FROM calendars WHERE id = $1 OR id = 'default' ORDER BY (id = $1) DESC LIMIT 1`,
    [calendarId ?? 'default'],
  )
  return (rows[0]?.doc as WorkingCalendar | undefined) ?? null
}

export async function saveCalendar(db: Queryable, calendar: WorkingCalendar): Promise<void> {
  await db.query(
    `INSERT INTO calendars (id, doc) VALUES ($1, $2)
     ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc, updated_at = now()`,
    [calendar.id, calendar],
  )
}

export async function dayNames(
  db: Queryable,
  calendarId: string,
  year: string,
): Promise<Map<string, string>> {
  const { rows } = await db.query(
    `SELECT to_char(day, 'YYYY-MM-DD') AS day, name FROM calendar_day_names
      WHERE calendar_id = $1 AND day >= make_date($2::int, 1, 1) AND day < make_date($2::int + 1, 1, 1)`,
    [calendarId, year],
  )
  return new Map(rows.map((r) => [r.day as string, r.name as string]))
}

export async function saveDayNames(
  db: Queryable,
  calendarId: string,
  year: string,
  days: readonly CalendarDay[],
) {
  await db.query(
    `DELETE FROM calendar_day_names WHERE calendar_id = $1 AND day >= make_date($2::int, 1, 1) AND day < make_date($2::int + 1, 1, 1)`,
    [calendarId, year],
  )
  const named = days.filter((d) => d.name)
  if (named.length)
    await db.query(
      `INSERT INTO calendar_day_names (calendar_id, day, kind, name)
       SELECT $1, * FROM unnest($2::date[], $3::text[], $4::text[])`,
      [calendarId, named.map((d) => d.date), named.map((d) => d.kind), named.map((d) => d.name)],
    )
}
