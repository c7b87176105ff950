import ExcelJS from 'exceljs'
import { ApiClient } from '../support/http-client'
import { useMonitoringApp } from '../support/monitoring-app'

const m = useMonitoringApp()
const as = (username: string) => m.as(username)

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
    expect((await new ApiClient(m.baseUrl).get('/api/monitoring/scope')).status).toBe(401)
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
    expect((await new ApiClient(m.baseUrl).get('/api/monitoring/summary')).status).toBe(401)
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
    const doc = (await new ApiClient(m.baseUrl).get('/api/openapi.json')).body
    expect(doc.paths['/api/monitoring/scope'].get['x-permission']).toBe('monitoring:read')
    expect(JSON.stringify(doc.paths['/api/monitoring/scope'].get.responses['200'])).toContain(
      'MonitoringScopeView',
    )
    const names = (path: string) => doc.paths[path].get.parameters.map((p: any) => p.name)
    expect(names('/api/monitoring/export')).toEqual(
      expect.arrayContaining(['nodeId', 'orgId', 'orgMatch', 'measure']),
    )
    expect(names('/api/monitoring/summary')).toEqual(expect.arrayContaining(['orgId', 'orgMatch']))
    const orgMatch = doc.paths['/api/monitoring/summary'].get.parameters.find(
      (p: any) => p.name === 'orgMatch',
    )
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
  ])(
    'When the %s table is exported, then the workbook has its header and one row per row on screen',
    async (table, json, extra) => {
      for (const user of ['admin', 'hrhead']) {
        const c = await as(user)
        const body = (await c.get(json)).body
        const rows = Array.isArray(body.items) ? body.items.length : 1
        const res = await fetch(`${m.baseUrl}/api/monitoring/export?table=${table}${extra}`, {
          headers: { cookie: c.cookieHeader() },
        })
        expect(res.status).toBe(200)
        const wb = new ExcelJS.Workbook()
        await wb.xlsx.load(await res.arrayBuffer())
        expect([table, user, wb.worksheets[0]!.rowCount]).toEqual([table, user, rows + 1])
      }
    },
  )
})

describe("A trace counts on the case's own calendar (runs late: it gives m-county a calendar)", () => {
  it('When the matter version names a calendar with a holiday, then the open step skips that day', async () => {
    await m.pool.query(`INSERT INTO calendars (id, doc) VALUES ('county-cal', $1)`, [
      {
        id: 'county-cal',
        name: '县日历',
        weekend: [0, 6],
        timeZone: 'Asia/Shanghai',
        years: { '2026': { holidays: ['2026-03-04'], workdays: [] } },
      },
    ])
    await m.pool.query(
      `INSERT INTO matter_versions (matter_id, version, bundle) VALUES ('m-county', 1, $1)`,
      [{ matter: { id: 'm-county', calendarId: 'county-cal' } }],
    )
    const t = await (await as('admin')).get('/api/monitoring/cases/c4/trace')
    // Mon 2 Mar 09:00 → Fri 6 Mar 09:00 without Wed 4 Mar: three working days.
    expect(t.body.calendarId).toBe('county-cal')
    expect(t.body.steps.map((s: any) => s.workingDays)).toEqual([3])
  })
})

describe('Incremental refresh (runs last: it adds a case)', () => {
  it('When a case changes after a refresh, then the next refresh picks up only the changes since the watermark', async () => {
    await m.pool.query(
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
