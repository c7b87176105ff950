import { rebuildAllFacts, monitoringJobs, refreshFacts } from '../../src/components/monitoring'
import { DRILL_COUNT_CAP } from '../../src/components/monitoring/data-access/figures-repository'
import { startWorker, type Worker } from '../../src/libraries/queue/queue'
import { PASSWORD, seedDirectory } from '../support/fixtures'
import type { ApiClient } from '../support/http-client'
import { startTestApp, type TestApp } from '../support/test-app'
import { TWO_CALENDARS_NOW, buildTwoCalendarHistory, insertCase } from '../support/two-calendar-history'

let t: TestApp
let worker: Worker
let admin: ApiClient

beforeAll(async () => {
  t = await startTestApp({}, { clock: () => TWO_CALENDARS_NOW })
  await seedDirectory(t.pool)
  await buildTwoCalendarHistory(t.pool)
  // Only the monitoring job: the queue's case timers of this database are not part of these tests.
  worker = await startWorker(t.pool, monitoringJobs(t.pool, { clock: () => TWO_CALENDARS_NOW }), {
    concurrency: 1,
    pollMs: 100,
  })
  admin = t.client()
  expect((await admin.login('admin', PASSWORD)).status).toBe(200)
  const full = await admin.post('/api/monitoring/refresh?full=true')
  expect(full.status).toBe(200)
  expect(full.body.cases).toBe(3)
})
afterAll(async () => {
  await worker?.stop()
  await t?.close()
})

const summary = async (q: string) => (await admin.get(`/api/monitoring/summary?${q}`)).body
const handlingDays = async () =>
  Object.fromEntries(
    (await t.pool.query(`SELECT case_id, handling_days, calendar_id FROM monitoring_case_facts ORDER BY 1`)).rows.map(
      (r) => [r.case_id, [r.handling_days, r.calendar_id]],
    ),
  )

/** Poll a recompute run until it is done (the job worker of this test runs it). */
async function finished(calendarId: string, runId: number) {
  for (let i = 0; i < 200; i++) {
    const r = await admin.get(`/api/calendars/${calendarId}/recompute/${runId}`)
    expect(r.status).toBe(200)
    if (r.body.status === 'done' || r.body.status === 'failed') return r.body
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`run ${runId} did not finish`)
}

describe("Monitoring figures count on each case's own calendar", () => {
  it('When the facts are built, then each case counts on its matter’s calendar (a holiday on one, not the other)', async () => {
    expect(await handlingDays()).toEqual({
      a1: [4, 'default'],
      b1: [3, 'county-cal'],
      b2: [1, 'county-cal'],
    })
    expect(await summary('matterId=m-city')).toMatchObject({ total: 1, avgDays: 4, p90Days: 4, onTime: 0, late: 1 })
    expect(await summary('matterId=m-county')).toMatchObject({ total: 2, avgDays: 2, p90Days: 3, onTime: 2, late: 0 })
    expect(await summary('')).toMatchObject({ total: 3, avgDays: 2.67, p90Days: 4, onTimeRate: 0.6667 })
    const nodes = (await admin.get('/api/monitoring/nodes')).body.items
    expect(nodes.map((n: any) => [n.matterId, n.nodeId, n.nodeName, n.avgDays, n.p90Days])).toEqual([
      ['m-city', 'handle', 'handle', 4, 4],
      ['m-county', 'handle', '办理', 2, 3],
    ])
  })

  it('When the bulk build and the incremental refresh compute the same history, then they agree', async () => {
    const before = await handlingDays()
    await rebuildAllFacts(t.pool, { now: TWO_CALENDARS_NOW, vacuum: false })
    expect(await handlingDays()).toEqual(before)
    await t.pool.query(`UPDATE cases SET updated_at = now() + interval '1 minute'`)
    const r = await refreshFacts(t.pool, { now: TWO_CALENDARS_NOW })
    expect(r.cases).toBe(3)
    expect(await handlingDays()).toEqual(before)
  })

  it('When the default calendar gets the holiday too, then a queued job recomputes its cases’ facts only and reports progress', async () => {
    const put = await admin.put('/api/calendars/default/years/2026', {
      days: [{ date: '2026-03-04', kind: 'holiday', name: '测试假日' }],
    })
    expect(put.status).toBe(200)
    expect(put.body.recomputed).toMatchObject({ calendarId: 'default', status: 'queued', reason: 'year-updated' })
    const run = await finished('default', put.body.recomputed.runId)
    expect(run).toMatchObject({ status: 'done', examined: 0, changed: 0, facts: 1, error: null })
    expect(run.finishedAt).toEqual(expect.any(String))
    expect(await handlingDays()).toEqual({ a1: [3, 'default'], b1: [3, 'county-cal'], b2: [1, 'county-cal'] })
    expect(await summary('matterId=m-city')).toMatchObject({ avgDays: 3, p90Days: 3 })
    const audit = await admin.get('/api/audit?targetType=calendar')
    expect(audit.body.items.map((a: any) => a.action)).toContain('calendar.deadlines-recomputed')
    const runs = await admin.get('/api/calendars/default/recompute')
    expect(runs.body.items[0]).toMatchObject({ runId: put.body.recomputed.runId, status: 'done' })
  })

  it('When the county calendar drops its holiday, then only the county cases change', async () => {
    const put = await admin.put('/api/calendars/county-cal/years/2026', { days: [] })
    expect(put.status).toBe(200)
    expect(await finished('county-cal', put.body.recomputed.runId)).toMatchObject({ status: 'done', facts: 2 })
    expect(await handlingDays()).toEqual({ a1: [3, 'default'], b1: [4, 'county-cal'], b2: [2, 'county-cal'] })
    expect(await summary('matterId=m-county')).toMatchObject({ avgDays: 3, p90Days: 4 })
    const again = await admin.post('/api/calendars/county-cal/recompute')
    expect(again.status).toBe(202)
    expect(await finished('county-cal', again.body.runId)).toMatchObject({ status: 'done', facts: 2 })
    expect((await admin.get('/api/calendars/county-cal/recompute/999999')).status).toBe(404)
  })

  it('When a calendar is changed behind the API, then the next refresh rebuilds its days and recomputes its cases', async () => {
    await t.pool.query(
      `UPDATE calendars SET doc = jsonb_set(doc, '{years}', '{"2026": {"holidays": ["2026-03-04"], "workdays": []}}'),
         updated_at = now() WHERE id = 'county-cal'`,
    )
    const r = await refreshFacts(t.pool, { now: TWO_CALENDARS_NOW })
    expect(r.calendars).toEqual(['county-cal'])
    expect(await handlingDays()).toEqual({ a1: [3, 'default'], b1: [3, 'county-cal'], b2: [1, 'county-cal'] })
  })
})

describe('The drill-down count is capped', () => {
  it(`When more than ${DRILL_COUNT_CAP} cases are behind a figure, then the total says "at least" (totalCapped)`, async () => {
    await t.pool.query(
      `INSERT INTO cases (id, no, title, matter_id, matter_code, matter_version, applicant_id, applicant_org_id,
         accepting_org_id, region_id, status, data, card, created_at, submitted_at, state, state_version)
       SELECT 'bulk-' || i, 'NO-BULK-' || i, '批量 ' || i, 'm-city', 'M-CITY', 1, 'p-clerk', 'hr', 'archive', 'city',
              'in-progress', '{}', 'none', '2026-03-09T01:00:00Z', '2026-03-09T01:00:00Z', '{}', 1
         FROM generate_series(1, $1::int) i`,
      [DRILL_COUNT_CAP + 5],
    )
    await insertCase(t.pool, {
      id: 'a2',
      matter: 'm-city',
      org: 'archive',
      region: 'city',
      submitted: '2026-03-10T01:00:00Z',
      finished: null,
      promised: '2026-03-20T16:00:00Z',
    })
    // Past the watermark an earlier test moved a minute ahead.
    await t.pool.query(`UPDATE cases SET updated_at = now() + interval '2 minutes' WHERE id LIKE 'bulk-%' OR id = 'a2'`)
    await refreshFacts(t.pool, { now: TWO_CALENDARS_NOW })
    const open = await admin.get('/api/monitoring/cases?measure=open&limit=20')
    expect(open.body).toMatchObject({ total: DRILL_COUNT_CAP, totalCapped: true })
    expect(open.body.items).toHaveLength(20)
    expect((await summary('')).open).toBe(DRILL_COUNT_CAP + 6)
    const late = await admin.get('/api/monitoring/cases?measure=late')
    expect(late.body).toMatchObject({ total: 1, totalCapped: false })
    expect(late.body.items.map((x: any) => x.id)).toEqual(['a1'])
  })
})
