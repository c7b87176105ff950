import ExcelJS from 'exceljs'
import type { Pool } from '../../src/libraries/db'
import { PASSWORD, seedDirectory } from '../support/fixtures'
import { ApiClient } from '../support/http-client'
import { buildMonitoringHistory } from '../support/monitoring-history'
import { startTestApp, type TestApp } from '../support/test-app'

const NOW = new Date('2026-03-06T01:00:00.000Z')
let t: TestApp
let pool: Pool
let baseUrl: string

beforeAll(async () => {
  t = await startTestApp({}, { clock: () => NOW })
  ;({ pool, baseUrl } = t)
  await seedDirectory(pool)
  await buildMonitoringHistory(pool)
  const admin = await as('admin')
  const refreshed = await admin.post('/api/monitoring/refresh?full=true')
  expect(refreshed.status).toBe(200)
  expect(refreshed.body.cases).toBe(5)
})
afterAll(async () => {
  await t?.close()
})

async function as(username: string): Promise<ApiClient> {
  const c = new ApiClient(baseUrl)
  const res = await c.login(username, PASSWORD)
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`)
  return c
}

describe('Monitoring figures on a hand-built history', () => {
  it('When an administrator reads the summary, then every figure has its hand-computed value', async () => {
    const admin = await as('admin')
    const s = await admin.get('/api/monitoring/summary')
    expect(s.status).toBe(200)
    expect(s.body).toEqual({
      total: 5,
      finished: 4,
      open: 1,
      onTime: 3,
      late: 1,
      refreshedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      onTimeRate: 0.75,
      avgDays: 1.5,
      p90Days: 2,
      returns: 1,
      returnedCases: 1,
      rejected: 1,
      onlineRate: 0.8,
      red: 2,
      yellow: 0,
    })
  })

  it('When a status is chosen, then the figures come from the case facts and agree with the rollup', async () => {
    const admin = await as('admin')
    const s = await admin.get('/api/monitoring/summary?status=completed')
    expect(s.body).toMatchObject({ total: 3, finished: 3, onTime: 2, avgDays: 1.67, p90Days: 2, returns: 1 })
    const t = await admin.get('/api/monitoring/trend?period=month&status=completed')
    expect(t.body.items.map((x: any) => [x.period, x.total])).toEqual([
      ['2026-03-01', 2],
      ['2026-04-01', 1],
    ])
  })

  it('When the period is March only, then April is left out', async () => {
    const admin = await as('admin')
    const s = await admin.get('/api/monitoring/summary?from=2026-03-01&to=2026-03-31')
    expect(s.body.total).toBe(4)
    expect(s.body.avgDays).toBeCloseTo(5 / 3, 2)
  })

  it('When broken down by department and ranked, then the order follows the on-time rate', async () => {
    const admin = await as('admin')
    const b = await admin.get('/api/monitoring/breakdown?by=department')
    expect(b.body.items.map((r: any) => [r.key, r.total, r.name, r.late])).toEqual([
      ['archive', 3, '市档案馆', 1],
      ['county-finance', 1, '青田县财政局', 0],
      ['hr', 1, '市人社局', 0],
    ])
    const late = await admin.get('/api/monitoring/breakdown?by=department&status=completed')
    expect(late.body.items.map((r: any) => [r.key, r.late])).toEqual([['archive', 1]])
    const r = await admin.get('/api/monitoring/ranking')
    expect(r.body.items.map((x: any) => [x.rank, x.key, x.onTimeRate])).toEqual([
      [1, 'hr', 1],
      [2, 'archive', 0.6667],
      [3, 'county-finance', null],
    ])
    const byRegion = await admin.get('/api/monitoring/breakdown?by=region')
    expect(byRegion.body.items.map((x: any) => [x.key, x.total])).toEqual([
      ['city', 4],
      ['county', 1],
    ])
    const byMatter = await admin.get('/api/monitoring/breakdown?by=matter&orgId=archive')
    expect(byMatter.body.items.map((x: any) => [x.key, x.total, x.avgDays])).toEqual([['m-archive', 3, 1.67]])
  })

  it('When the trend is asked by month and by week, then cases fall in their submission period', async () => {
    const admin = await as('admin')
    const m = await admin.get('/api/monitoring/trend?period=month')
    expect(m.body.items.map((x: any) => [x.period, x.total, x.finished, x.late])).toEqual([
      ['2026-03-01', 4, 3, 1],
      ['2026-04-01', 1, 1, 0],
    ])
    const w = await admin.get('/api/monitoring/trend?period=week')
    expect(w.body.items.map((x: any) => [x.period, x.total, x.late])).toEqual([
      ['2026-03-02', 4, 1],
      ['2026-03-09', 0, 0],
      ['2026-03-16', 0, 0],
      ['2026-03-23', 0, 0],
      ['2026-03-30', 1, 0],
    ])
    expect(w.body.items[1]).toMatchObject({ finished: 0, onTimeRate: null, avgDays: null, p90Days: null })
    const d = await admin.get('/api/monitoring/trend?period=day&from=2026-03-02&to=2026-03-06')
    expect(d.body.items.map((x: any) => [x.period, x.total])).toEqual([
      ['2026-03-02', 3],
      ['2026-03-03', 0],
      ['2026-03-04', 0],
      ['2026-03-05', 1],
    ])
    expect((await admin.get('/api/monitoring/trend?period=year')).status).toBe(422)
  })

  it('When node times are read, then the slowest node comes first with its working-day figures', async () => {
    const admin = await as('admin')
    const n = await admin.get('/api/monitoring/nodes')
    expect(n.body.items).toEqual([
      {
        matterId: 'm-archive',
        nodeId: 'accept',
        nodeName: '受理',
        visits: 2,
        completed: 2,
        avgDays: 1.5,
        p90Days: 2,
        maxDays: 2,
      },
      {
        matterId: 'm-archive',
        nodeId: 'approve',
        nodeName: 'approve',
        visits: 1,
        completed: 1,
        avgDays: 1,
        p90Days: 1,
        maxDays: 1,
      },
    ])
  })

  it.each([
    ['measure=late', ['c2']],
    ['measure=returned', ['c2']],
    ['measure=offline', ['c3']],
    ['measure=rejected', ['c3']],
    ['measure=open', ['c4']],
    ['measure=red', ['c2', 'c4']],
    ['orgId=archive&measure=on-time', ['c5', 'c1']],
    ['nodeId=approve', ['c1']],
  ])('When drilling down with %s, then the cases behind the figure are listed', async (query, ids) => {
    const admin = await as('admin')
    const l = await admin.get(`/api/monitoring/cases?${query}`)
    expect(l.status).toBe(200)
    expect(l.body.items.map((x: any) => x.id)).toEqual(ids)
    expect(l.body.total).toBe(ids.length)
  })

  it('When a case trace is read, then each step has who, which department, when and how long', async () => {
    const admin = await as('admin')
    const t = await admin.get('/api/monitoring/cases/c2/trace')
    expect(t.status).toBe(200)
    expect(t.body.case.handlingDays).toBe(2)
    expect(t.body.steps).toEqual([
      expect.objectContaining({
        nodeName: '受理',
        assigneeName: '王档案',
        orgId: 'archive',
        orgName: '市档案馆',
        actedForOrgId: 'archive',
        actedForOrgName: '市档案馆',
        open: false,
        workingDays: 2,
      }),
    ])
    // Fri 6 Mar 09:00 → Mon 9 Mar 09:00 (Asia/Shanghai, weekends off) = one working day.
    expect(t.body.pauses).toEqual([
      { from: '2026-03-06T01:00:00.000Z', to: '2026-03-09T01:00:00.000Z', open: false, workingDays: 1 },
    ])
    expect(t.body.events.map((e: any) => e.type)).toEqual([
      'case.submitted',
      'node.entered',
      'case.returned',
      'clock.paused',
      'clock.resumed',
      'node.completed',
    ])
  })

  it("When an open step is traced, then its working days run to the server's clock", async () => {
    const admin = await as('admin')
    const t = await admin.get('/api/monitoring/cases/c4/trace')
    // Mon 2 Mar 09:00 → the clock, Fri 6 Mar 09:00: four working days so far.
    expect(t.body.steps).toEqual([
      expect.objectContaining({ taskId: 'c4-t1', open: true, workingDays: 4, orgId: 'county-finance', actedForOrgId: 'county-finance' }),
    ])
    expect(t.body.pauses).toEqual([])
    expect(t.body.now).toBe(NOW.toISOString())
  })

  it('When orgId names a region or department, then it covers the organisations below unless orgMatch=exact', async () => {
    const admin = await as('admin')
    const total = async (q: string) => (await admin.get(`/api/monitoring/summary?${q}`)).body.total
    expect(await total('orgId=city')).toBe(5)
    expect(await total('orgId=county')).toBe(1)
    expect(await total('orgId=city&orgMatch=exact')).toBe(0)
    expect(await total('orgId=archive&orgMatch=exact')).toBe(3)
    expect(await total('orgId=archive&orgMatch=subtree')).toBe(3)
    expect((await admin.get('/api/monitoring/cases?orgId=county&status=in-progress')).body.items.map((x: any) => x.id)).toEqual(['c4'])
    expect((await admin.get('/api/monitoring/summary?orgMatch=below')).status).toBe(422)
  })

  it('When a table is exported, then an Excel workbook with its header and rows comes back', async () => {
    const admin = await as('admin')
    const res = await fetch(`${baseUrl}/api/monitoring/export?table=breakdown&by=department`, {
      headers: { cookie: admin.cookieHeader() },
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('spreadsheetml')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(await res.arrayBuffer())
    const ws = wb.worksheets[0]!
    expect(ws.getRow(1).getCell(1).value).toBe('编号 Id')
    expect(ws.getRow(2).getCell(1).value).toBe('archive')
    expect(ws.getRow(2).getCell(3).value).toBe(3)
    expect(ws.rowCount).toBe(4)
    const cases = await admin.get('/api/monitoring/export?table=cases&measure=late')
    expect(cases.status).toBe(200)
  })
})

describe('Cards reach the leaders', () => {
  it("When a case got a red card, then the head of the open task holder's department is told once", async () => {
    const told = async () =>
      (
        await pool.query(
          `SELECT person_id, case_id, reason FROM notifications WHERE reason LIKE 'card.%-leader' ORDER BY id`,
        )
      ).rows
    expect(await told()).toEqual([{ person_id: 'p-county-head', case_id: 'c4', reason: 'card.red-leader' }])
    await (await as('admin')).post('/api/monitoring/refresh?full=true')
    expect(await told()).toHaveLength(1)
  })
})

describe('Monitoring scope', () => {
  it.each([
    ['supervisor', 5, 'the city supervisor sees the county below'],
    ['countysup', 1, 'a county supervisor sees only the county'],
    ['hrhead', 1, 'a department head sees only their department'],
    ['approver', 3, 'the archive head sees the archive cases'],
    ['designer', 5, 'the reform office sees everything'],
  ])('When %s reads the summary, then %i cases (%s)', async (username, total) => {
    const c = await as(username)
    const s = await c.get('/api/monitoring/summary')
    expect(s.status).toBe(200)
    expect(s.body.total).toBe(total)
  })

  it("When a county supervisor asks for the city's cases or a city case trace, then they see nothing of it", async () => {
    const c = await as('countysup')
    expect((await c.get('/api/monitoring/summary?orgId=archive')).body.total).toBe(0)
    expect((await c.get('/api/monitoring/cases?regionId=city')).body.items).toEqual([])
    expect((await c.get('/api/monitoring/cases/c1/trace')).status).toBe(404)
    expect((await c.get('/api/monitoring/cases/c4/trace')).status).toBe(200)
    const b = await c.get('/api/monitoring/breakdown?by=department')
    expect(b.body.items.map((x: any) => x.key)).toEqual(['county-finance'])
  })

  it.each([
    ['admin', 'all', [], '全部'],
    ['designer', 'all', [], '全部'],
    ['supervisor', 'region', ['city', 'county', 'reform', 'archive', 'hr', 'county-finance'], '丽水市'],
    ['countysup', 'region', ['county', 'county-finance'], '青田县'],
    ['hrhead', 'department', ['hr'], '市人社局'],
    ['approver', 'department', ['archive'], '市档案馆'],
    ['approver2', 'none', [], '无'],
  ])('When %s asks for their scope, then it is %s', async (username, kind, orgIds, label) => {
    const c = await as(username)
    const r = await c.get('/api/monitoring/scope')
    expect(r.status).toBe(200)
    expect({ ...r.body, orgIds: [...r.body.orgIds].sort() }).toEqual({
      kind,
      orgIds: [...orgIds].sort(),
      label,
      labelEn: kind === 'all' ? 'All' : kind === 'none' ? 'None' : label,
    })
  })

  it('When an auditor or a clerk asks for a scope, then 403 (no monitoring:read); anonymous 401', async () => {
    for (const u of ['auditor', 'clerk'])
      expect((await (await as(u)).get('/api/monitoring/scope')).status).toBe(403)
    expect((await new ApiClient(baseUrl).get('/api/monitoring/scope')).status).toBe(401)
  })

  it('When a leader reads, then only their department; an approver heading nothing is refused', async () => {
    const hr = await as('hrhead')
    expect((await hr.get('/api/monitoring/cases')).body.items.map((x: any) => x.id)).toEqual(['c3'])
    expect((await hr.get('/api/monitoring/cases/c1/trace')).status).toBe(404)
    const plain = await as('approver2')
    const r = await plain.get('/api/monitoring/summary')
    expect(r.status).toBe(403)
    expect(r.body.code).toBe('monitoring.no-scope')
  })

  it('When an auditor or a clerk asks, then 403; anonymous 401; refresh is for administrators', async () => {
    for (const u of ['auditor', 'clerk'])
      expect((await (await as(u)).get('/api/monitoring/summary')).status).toBe(403)
    expect((await new ApiClient(baseUrl).get('/api/monitoring/summary')).status).toBe(401)
    expect((await (await as('supervisor')).post('/api/monitoring/refresh')).status).toBe(403)
  })

  it('When a filter value is malformed, then 422 names the parameter', async () => {
    const admin = await as('admin')
    const r = await admin.get('/api/monitoring/summary?from=2026-13-45')
    expect(r.status).toBe(422)
    expect(r.body.details.errors[0].path).toBe('/query/from')
  })
})

describe('The monitoring API is documented', () => {
  it('When the OpenAPI document is read, then the scope route, orgMatch and the export nodeId are in it', async () => {
    const doc = (await new ApiClient(baseUrl).get('/api/openapi.json')).body
    expect(doc.paths['/api/monitoring/scope'].get['x-permission']).toBe('monitoring:read')
    expect(JSON.stringify(doc.paths['/api/monitoring/scope'].get.responses['200'])).toContain('MonitoringScopeView')
    const names = (path: string) => doc.paths[path].get.parameters.map((p: any) => p.name)
    expect(names('/api/monitoring/export')).toEqual(expect.arrayContaining(['nodeId', 'orgId', 'orgMatch', 'measure']))
    expect(names('/api/monitoring/summary')).toEqual(expect.arrayContaining(['orgId', 'orgMatch']))
    const orgMatch = doc.paths['/api/monitoring/summary'].get.parameters.find((p: any) => p.name === 'orgMatch')
    expect(orgMatch.schema.enum).toEqual(['subtree', 'exact'])
  })
})

describe('Every figure drills down, every table exports', () => {
  it('When each figure of the summary is drilled into, then its list holds exactly the cases it counts', async () => {
    const admin = await as('admin')
    const s = (await admin.get('/api/monitoring/summary')).body
    const online = Math.round(s.onlineRate * s.total)
    const expected: Record<string, number> = {
      all: s.total,
      finished: s.finished,
      open: s.open,
      'on-time': s.onTime,
      late: s.finished - s.onTime,
      returned: s.returnedCases,
      rejected: s.rejected,
      online,
      offline: s.total - online,
      red: s.red,
      yellow: s.yellow,
    }
    for (const [measure, n] of Object.entries(expected)) {
      const list = await admin.get(`/api/monitoring/cases?measure=${measure}&limit=200`)
      expect([measure, list.body.total, list.body.items.length]).toEqual([measure, n, n])
    }
  })

  it.each([
    ['summary', '/api/monitoring/summary', ''],
    ['breakdown', '/api/monitoring/breakdown?by=matter', '&by=matter'],
    ['ranking', '/api/monitoring/ranking', ''],
    ['trend', '/api/monitoring/trend?period=week', '&period=week'],
    ['nodes', '/api/monitoring/nodes', ''],
    ['cases', '/api/monitoring/cases?limit=200', ''],
  ])('When the %s table is exported, then the workbook has its header and one row per row on screen', async (table, json, extra) => {
    for (const user of ['admin', 'hrhead']) {
      const c = await as(user)
      const body = (await c.get(json)).body
      const rows = Array.isArray(body.items) ? body.items.length : 1
      const res = await fetch(`${baseUrl}/api/monitoring/export?table=${table}${extra}`, {
        headers: { cookie: c.cookieHeader() },
      })
      expect(res.status).toBe(200)
      const wb = new ExcelJS.Workbook()
      await wb.xlsx.load(await res.arrayBuffer())
      expect([table, user, wb.worksheets[0]!.rowCount]).toEqual([table, user, rows + 1])
    }
  })
})

describe("A trace counts on the case's own calendar (runs late: it gives m-county a calendar)", () => {
  it('When the matter version names a calendar with a holiday, then the open step skips that day', async () => {
    await pool.query(`INSERT INTO calendars (id, doc) VALUES ('county-cal', $1)`, [
      {
        id: 'county-cal',
        name: '县日历',
        weekend: [0, 6],
        timeZone: 'Asia/Shanghai',
        years: { '2026': { holidays: ['2026-03-04'], workdays: [] } },
      },
    ])
    await pool.query(`INSERT INTO matter_versions (matter_id, version, bundle) VALUES ('m-county', 1, $1)`, [
      { matter: { id: 'm-county', calendarId: 'county-cal' } },
    ])
    const t = await (await as('admin')).get('/api/monitoring/cases/c4/trace')
    // Mon 2 Mar 09:00 → Fri 6 Mar 09:00 without Wed 4 Mar: three working days.
    expect(t.body.calendarId).toBe('county-cal')
    expect(t.body.steps.map((s: any) => s.workingDays)).toEqual([3])
  })
})

describe('Incremental refresh (runs last: it adds a case)', () => {
  it('When a case changes after a refresh, then the next refresh picks up only the changes since the watermark', async () => {
    await pool.query(
      `INSERT INTO cases (id, no, title, matter_id, matter_code, matter_version, applicant_id, applicant_org_id,
         accepting_org_id, region_id, status, data, card, created_at, submitted_at, finished_at, promised_deadline,
         state, state_version, updated_at)
       VALUES ('c6', 'NO-c6', '办件 c6', 'm-hr', 'M-HR', 1, 'p-clerk', 'hr', 'hr', 'city', 'completed', '{}', 'none',
         '2026-03-09T01:00:00Z', '2026-03-09T01:00:00Z', '2026-03-12T01:00:00Z', '2026-03-20T16:00:00Z', '{}', 1,
         now() + interval '1 minute')`,
    )
    const admin = await as('admin')
    const r = await admin.post('/api/monitoring/refresh')
    expect(r.status).toBe(200)
    // c6, and c5 again: the last change before the watermark is inside the one-second overlap.
    expect(r.body.cases).toBe(2)
    const s = await admin.get('/api/monitoring/summary?orgId=hr')
    expect(s.body).toMatchObject({ total: 2, finished: 2, avgDays: 2 })
  })
})
