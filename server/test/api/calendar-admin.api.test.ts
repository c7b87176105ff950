import ExcelJS from 'exceljs'
import type { Pool } from '../../src/libraries/db'
import { PASSWORD, seedDirectory } from '../support/fixtures'
import { ApiClient } from '../support/http-client'
import { startTestApp, type TestApp } from '../support/test-app'
import type { Worker } from '../../src/libraries/queue/queue'
import { startMonitoringWorker, waitForRecompute } from '../support/calendar-recompute'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const NOW = new Date('2026-03-03T01:00:00.000Z')
let t: TestApp
let pool: Pool
let baseUrl: string
let worker: Worker

beforeAll(async () => {
  t = await startTestApp({}, { clock: () => NOW })
  ;({ pool, baseUrl } = t)
  worker = await startMonitoringWorker(t, () => NOW)
  await seedDirectory(pool)
  await pool.query(`INSERT INTO calendars (id, doc) VALUES ('default', $1)`, [
    { id: 'default', name: '默认日历', weekend: [0, 6], timeZone: 'Asia/Shanghai', years: {} },
  ])
  // One open case: submitted Mon 2 Mar 2026 09:00 (+08), promised 3 working days → Thu 5 Mar 24:00.
  await pool.query(
    `INSERT INTO matters (id, code, region_id, name, category, accepting_org_id, status, current_version, draft, applicant_scope)
     VALUES ('m1', 'M1', 'city', '测试事项', 'test', 'archive', 'published', 1, '{}', '{}')`,
  )
  await pool.query(`INSERT INTO matter_versions (matter_id, version, bundle) VALUES ('m1', 1, $1)`, [
    { matter: { timeLimits: { promisedDays: 3, legalDays: 5 } } },
  ])
  await pool.query(
    `INSERT INTO cases (id, no, title, matter_id, matter_code, matter_version, applicant_id, applicant_org_id,
       accepting_org_id, region_id, status, data, created_at, submitted_at, promised_deadline, legal_deadline, state, state_version)
     VALUES ('open1', 'NO-1', '在办', 'm1', 'M1', 1, 'p-clerk', 'hr', 'archive', 'city', 'in-progress', '{}',
       '2026-03-02T01:00:00Z', '2026-03-02T01:00:00Z', '2026-03-05T16:00:00Z', '2026-03-09T16:00:00Z',
       '{"clock": {"startedAt": "2026-03-02T01:00:00.000Z", "pauses": []}}', 1)`,
  )
})
afterAll(async () => {
  await worker?.stop()
  await t?.close()
})

async function as(username: string): Promise<ApiClient> {
  const c = new ApiClient(baseUrl)
  const res = await c.login(username, PASSWORD)
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`)
  return c
}

async function workbook(rows: unknown[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('2026')
  ws.addRow(['日期', '类型', '名称'])
  for (const r of rows) ws.addRow(r)
  return new Uint8Array(await wb.xlsx.writeBuffer())
}

describe('Working-day calendar administration', () => {
  it('When an administrator adds a holiday on Wednesday 4 March, then a queued recompute moves open cases’ deadlines one working day and it is audited', async () => {
    const admin = await as('admin')
    const put = await admin.put('/api/calendars/default/years/2026', {
      days: [{ date: '2026-03-04', kind: 'holiday', name: '测试假日' }],
    })
    expect(put.status).toBe(200)
    expect(put.body).toEqual({
      calendarId: 'default',
      year: '2026',
      holidays: 1,
      workdays: 0,
      recomputed: expect.objectContaining({
        calendarId: 'default',
        status: 'queued',
        runId: expect.any(Number),
      }),
    })
    expect(await waitForRecompute(admin, 'default', put.body.recomputed.runId)).toMatchObject({
      status: 'done',
      examined: 1,
      changed: 1,
      facts: 1,
    })
    const { rows } = await pool.query(
      `SELECT promised_deadline, legal_deadline FROM cases WHERE id = 'open1'`,
    )
    expect(rows[0].promised_deadline.toISOString()).toBe('2026-03-06T16:00:00.000Z')
    expect(rows[0].legal_deadline.toISOString()).toBe('2026-03-10T16:00:00.000Z')
    const day = await pool.query(`SELECT working FROM monitoring_days WHERE day = '2026-03-04'`)
    expect(day.rows[0].working).toBe(false)
    const audit = await admin.get('/api/audit?targetType=calendar')
    expect(audit.body.items.map((a: any) => a.action).sort()).toEqual([
      'calendar.deadlines-recomputed',
      'calendar.year-updated',
    ])
    const year = await admin.get('/api/calendars/default/years/2026')
    expect(year.body.days).toEqual([{ date: '2026-03-04', kind: 'holiday', name: '测试假日' }])
    const again = await admin.post('/api/calendars/default/recompute')
    expect(again.status).toBe(202)
    expect(await waitForRecompute(admin, 'default', again.body.runId)).toMatchObject({
      examined: 1,
      changed: 0,
    })
  })

  it('When a spreadsheet has bad rows, then each error names its row and column and nothing changes', async () => {
    const admin = await as('admin')
    const file = await workbook([
      ['2026-10-01', '休', '国庆节'],
      [new Date(Date.UTC(2026, 9, 10)), '班', '国庆调休'],
      ['2026-13-01', '休', ''],
      ['2026-10-12', '班', ''],
      ['2026-10-02', 'X', ''],
      ['2025-10-03', '休', ''],
    ])
    const res = await admin.post('/api/calendars/default/years/2026/import', file, { 'content-type': XLSX })
    expect(res.status).toBe(422)
    expect(res.body.details.errors.map((e: any) => [e.path, e.code])).toEqual([
      ['/rows/4/date', 'calendar.date'],
      ['/rows/5/type', 'calendar.workday-not-weekend'],
      ['/rows/6/type', 'calendar.type'],
      ['/rows/7/date', 'calendar.other-year'],
    ])
    const year = await admin.get('/api/calendars/default/years/2026')
    expect(year.body.days.map((d: any) => d.date)).toEqual(['2026-03-04'])
  })

  it('When a spreadsheet is previewed, then the days read and every row error come back with the import’s own checks, and nothing changes', async () => {
    const admin = await as('admin')
    const file = await workbook([
      ['2026-10-01', '休', '国庆节'],
      ['2026-10-01', '休', ''],
      ['2026-10-12', '班', ''],
      ['2026-10-02', 'X', ''],
      [new Date(Date.UTC(2026, 9, 10)), '班', '国庆调休'],
      ['2026/10/5', 'holiday', ' 国庆节 '],
    ])
    const res = await admin.post('/api/calendars/default/years/2026/import/preview', file, {
      'content-type': XLSX,
    })
    expect(res.status).toBe(200)
    expect(res.body.days).toEqual([
      { row: 2, date: '2026-10-01', kind: 'holiday', name: '国庆节' },
      { row: 3, date: '2026-10-01', kind: 'holiday' },
      { row: 4, date: '2026-10-12', kind: 'workday' },
      { row: 6, date: '2026-10-10', kind: 'workday', name: '国庆调休' },
      { row: 7, date: '2026-10-05', kind: 'holiday', name: '国庆节' },
    ])
    expect(res.body.errors.map((e: any) => [e.path, e.code, e.message])).toEqual([
      ['/rows/3/date', 'calendar.duplicate', '2026-10-01 与第 2 行重复'],
      ['/rows/4/type', 'calendar.workday-not-weekend', '2026-10-12 本是工作日，不能设为调休上班'],
      ['/rows/5/type', 'calendar.type', '第 5 行：类型须为「休」或「班」，而不是「X」'],
    ])
    expect(res.body.errors[0].messageEn).toBe('2026-10-01 repeats row 2')
    // The import refuses the same file with the same errors.
    const imported = await admin.post('/api/calendars/default/years/2026/import', file, {
      'content-type': XLSX,
    })
    expect(imported.status).toBe(422)
    expect(imported.body.details.errors).toEqual(res.body.errors)
    const year = await admin.get('/api/calendars/default/years/2026')
    expect(year.body.days.map((d: any) => d.date)).toEqual(['2026-03-04'])
    const audit = await admin.get('/api/audit?targetType=calendar')
    expect(audit.body.items.filter((a: any) => a.action === 'calendar.year-updated')).toHaveLength(1)

    expect(
      (await admin.post('/api/calendars/nope/years/2026/import/preview', file, { 'content-type': XLSX }))
        .status,
    ).toBe(404)
    expect(
      (await admin.post('/api/calendars/default/years/26/import/preview', file, { 'content-type': XLSX }))
        .status,
    ).toBe(422)
    expect(
      (
        await (
          await as('designer')
        ).post('/api/calendars/default/years/2026/import/preview', file, { 'content-type': XLSX })
      ).status,
    ).toBe(403)
  })

  it('When a good spreadsheet is imported, then the year is replaced with its names, and it can be exported again', async () => {
    const admin = await as('admin')
    const file = await workbook([
      ['2026-10-01', '休', '国庆节'],
      ['2026-10-02', '休', '国庆节'],
      [new Date(Date.UTC(2026, 9, 10)), '班', '国庆调休'],
    ])
    const res = await admin.post('/api/calendars/default/years/2026/import', file, { 'content-type': XLSX })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ holidays: 2, workdays: 1 })
    await waitForRecompute(admin, 'default', res.body.recomputed.runId)
    const cal = await admin.get('/api/calendars/default')
    expect(cal.body.years['2026']).toEqual({
      holidays: ['2026-10-01', '2026-10-02'],
      workdays: ['2026-10-10'],
    })
    const list = await admin.get('/api/calendars')
    expect(list.body.items).toEqual([expect.objectContaining({ id: 'default', years: ['2026'] })])
    const year = await admin.get('/api/calendars/default/years/2026')
    expect(year.body.days[2]).toEqual({ date: '2026-10-10', kind: 'workday', name: '国庆调休' })
    const exported = await fetch(`${baseUrl}/api/calendars/default/years/2026/excel`, {
      headers: { cookie: admin.cookieHeader() },
    })
    expect(exported.status).toBe(200)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(await exported.arrayBuffer())
    expect(wb.worksheets[0]!.getRow(4).values).toEqual([undefined, '2026-10-10', '班', '国庆调休'])
    // The 4 March holiday is gone: the open case's deadline is back on Thursday 5 March.
    const { rows } = await pool.query(`SELECT promised_deadline FROM cases WHERE id = 'open1'`)
    expect(rows[0].promised_deadline.toISOString()).toBe('2026-03-05T16:00:00.000Z')
  })

  it('When someone other than an administrator changes a calendar, then 403; reading is open to signed-in users', async () => {
    const clerk = await as('clerk')
    expect((await clerk.get('/api/calendars/default')).status).toBe(200)
    expect((await clerk.put('/api/calendars/default/years/2026', { days: [] })).status).toBe(403)
    expect((await clerk.post('/api/calendars/default/recompute')).status).toBe(403)
    const designer = await as('designer')
    expect(
      (
        await designer.post('/api/calendars/default/years/2026/import', new Uint8Array([1]), {
          'content-type': XLSX,
        })
      ).status,
    ).toBe(403)
    expect((await (await as('admin')).get('/api/calendars/nope')).status).toBe(404)
  })

  it('When an administrator lists the calendars with their matters, then each matter names the calendar of its published version (the draft’s before a first publish); others get 403', async () => {
    await pool.query(
      `INSERT INTO matters (id, code, region_id, name, category, accepting_org_id, status, current_version, draft, applicant_scope)
       VALUES ('m2', 'M2', 'city', '县日历事项', 'test', 'archive', 'published', 1, '{"matter": {"calendarId": "draft-only"}}', '{}'),
              ('m3', 'M3', 'city', '未发布事项', 'test', 'archive', 'draft', 0, '{"matter": {"calendarId": "county-cal"}}', '{}')`,
    )
    await pool.query(`INSERT INTO matter_versions (matter_id, version, bundle) VALUES ('m2', 1, $1)`, [
      { matter: { calendarId: 'county-cal' } },
    ])
    const res = await (await as('admin')).get('/api/calendars?include=matters')
    expect(res.status).toBe(200)
    expect(res.body.items.map((c: { id: string }) => c.id)).toEqual(['default'])
    expect(res.body.matters).toEqual([
      { id: 'm1', code: 'M1', name: '测试事项', regionId: 'city' },
      { id: 'm2', code: 'M2', name: '县日历事项', regionId: 'city', calendarId: 'county-cal' },
      { id: 'm3', code: 'M3', name: '未发布事项', regionId: 'city', calendarId: 'county-cal' },
    ])
    expect((await (await as('designer')).get('/api/calendars?include=matters')).status).toBe(403)
    const plain = await (await as('clerk')).get('/api/calendars')
    expect(plain.status).toBe(200)
    expect(plain.body.matters).toBeUndefined()
  })
})
