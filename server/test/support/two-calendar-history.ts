import type { Pool } from '../../src/libraries/db'

/** The clock of the two-calendar tests: Fri 13 Mar 2026 09:00 (+08). */
export const TWO_CALENDARS_NOW = new Date('2026-03-13T01:00:00.000Z')

const weekendsOnly = (id: string, holidays: string[] = []) => ({
  id,
  name: `${id} 日历`,
  weekend: [0, 6],
  timeZone: 'Asia/Shanghai',
  years: holidays.length ? { '2026': { holidays, workdays: [] } } : {},
})

/** Insert one submitted case with a `handle` node visit from submission to finish. */
export async function insertCase(
  db: Pool,
  c: { id: string; matter: string; org: string; region: string; submitted: string; finished: string | null; promised: string },
): Promise<void> {
  await db.query(
    `INSERT INTO cases (id, no, title, matter_id, matter_code, matter_version, applicant_id, applicant_org_id,
       accepting_org_id, region_id, status, data, card, created_at, submitted_at, finished_at, promised_deadline, state,
       state_version, updated_at)
     VALUES ($1, 'NO-' || $1, '办件 ' || $1, $2, upper($2), 1, 'p-clerk', 'hr', $3, $4, $5, '{}', 'none', $6, $6, $7, $8,
       '{}', 1, now())`,
    [c.id, c.matter, c.org, c.region, c.finished ? 'completed' : 'in-progress', c.submitted, c.finished, c.promised],
  )
  await db.query(
    `INSERT INTO case_events (case_id, seq, type, at, node_id)
     VALUES ($1, 1, 'case.submitted', $2, NULL), ($1, 2, 'node.entered', $2, 'handle')`,
    [c.id, c.submitted],
  )
  if (c.finished)
    await db.query(`INSERT INTO case_events (case_id, seq, type, at, node_id) VALUES ($1, 3, 'node.completed', $2, 'handle')`, [
      c.id,
      c.finished,
    ])
}

/**
 * Two matters on two calendars (Asia/Shanghai, weekends off), with hand-computed answers:
 * - `m-city` (archive, city) names no calendar → `default` (no holidays);
 * - `m-county` (county-finance, county) runs on `county-cal`, where Wed 4 Mar 2026 is a holiday.
 * Cases (each one `handle` visit from submission to finish):
 * - a1 m-city   Mon 2 Mar 09:00 → Fri 6 Mar 09:00 = 4.0 wd; promised Thu 5 Mar 24:00 → late;
 * - b1 m-county Mon 2 Mar 09:00 → Fri 6 Mar 09:00 = 3.0 wd (Wed off); promised Fri 6 Mar 24:00 → on time;
 * - b2 m-county Tue 3 Mar 09:00 → Thu 5 Mar 09:00 = 1.0 wd (2.0 on `default`).
 */
export async function buildTwoCalendarHistory(db: Pool): Promise<void> {
  await db.query(`INSERT INTO calendars (id, doc) VALUES ('default', $1), ('county-cal', $2)`, [
    weekendsOnly('default'),
    weekendsOnly('county-cal', ['2026-03-04']),
  ])
  for (const [id, org, region, bundle] of [
    ['m-city', 'archive', 'city', { matter: { id: 'm-city' } }],
    [
      'm-county',
      'county-finance',
      'county',
      { matter: { id: 'm-county', calendarId: 'county-cal' }, flow: { nodes: [{ id: 'handle', name: '办理' }] } },
    ],
  ] as const) {
    await db.query(
      `INSERT INTO matters (id, code, region_id, name, category, accepting_org_id, status, current_version, draft, applicant_scope)
       VALUES ($1, upper($1), $2, $1 || ' 事项', 'test', $3, 'published', 1, '{}', '{}')`,
      [id, region, org],
    )
    await db.query(`INSERT INTO matter_versions (matter_id, version, bundle) VALUES ($1, 1, $2)`, [id, bundle])
  }
  const city = { matter: 'm-city', org: 'archive', region: 'city' }
  const county = { matter: 'm-county', org: 'county-finance', region: 'county' }
  await insertCase(db, {
    id: 'a1',
    ...city,
    submitted: '2026-03-02T01:00:00Z',
    finished: '2026-03-06T01:00:00Z',
    promised: '2026-03-05T16:00:00Z',
  })
  await insertCase(db, {
    id: 'b1',
    ...county,
    submitted: '2026-03-02T01:00:00Z',
    finished: '2026-03-06T01:00:00Z',
    promised: '2026-03-06T16:00:00Z',
  })
  await insertCase(db, {
    id: 'b2',
    ...county,
    submitted: '2026-03-03T01:00:00Z',
    finished: '2026-03-05T01:00:00Z',
    promised: '2026-03-06T16:00:00Z',
  })
}
