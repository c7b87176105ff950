import ExcelJS from 'exceljs'
import { MONITORING_NOW, useMonitoringApp } from '../support/monitoring-app'

const m = useMonitoringApp()
const as = (username: string) => m.as(username)

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
      expect.objectContaining({
        taskId: 'c4-t1',
        open: true,
        workingDays: 4,
        orgId: 'county-finance',
        actedForOrgId: 'county-finance',
      }),
    ])
    expect(t.body.pauses).toEqual([])
    expect(t.body.now).toBe(MONITORING_NOW.toISOString())
  })

  it('When orgId names a region or department, then it covers the organisations below unless orgMatch=exact', async () => {
    const admin = await as('admin')
    const total = async (q: string) => (await admin.get(`/api/monitoring/summary?${q}`)).body.total
    expect(await total('orgId=city')).toBe(5)
    expect(await total('orgId=county')).toBe(1)
    expect(await total('orgId=city&orgMatch=exact')).toBe(0)
    expect(await total('orgId=archive&orgMatch=exact')).toBe(3)
    expect(await total('orgId=archive&orgMatch=subtree')).toBe(3)
    expect(
      (await admin.get('/api/monitoring/cases?orgId=county&status=in-progress')).body.items.map(
        (x: any) => x.id,
      ),
    ).toEqual(['c4'])
    expect((await admin.get('/api/monitoring/summary?orgMatch=below')).status).toBe(422)
  })

  it('When a table is exported, then an Excel workbook with its header and rows comes back', async () => {
    const admin = await as('admin')
    const res = await fetch(`${m.baseUrl}/api/monitoring/export?table=breakdown&by=department`, {
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
        await m.pool.query(
          `SELECT person_id, case_id, reason FROM notifications WHERE reason LIKE 'card.%-leader' ORDER BY id`,
        )
      ).rows
    expect(await told()).toEqual([{ person_id: 'p-county-head', case_id: 'c4', reason: 'card.red-leader' }])
    await (await as('admin')).post('/api/monitoring/refresh?full=true')
    expect(await told()).toHaveLength(1)
  })
})
