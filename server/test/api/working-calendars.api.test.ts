import type { WorkingCalendar } from '@tongban/schemas'
import { fireTimer } from '../../src/components/cases/domain/case-jobs'
import { archiveBundle } from '../support/bundles'
import { PASSWORD, seedDirectory } from '../support/fixtures'
import type { ApiClient } from '../support/http-client'
import { startTestApp, type TestApp } from '../support/test-app'
import type { Worker } from '../../src/libraries/queue/queue'
import { startMonitoringWorker, waitForRecompute } from '../support/calendar-recompute'

// Submitted Wed 30 Sep 2026 10:00 (+08). Hand-computed instants (see reschedule-case.test.ts):
// weekends only — promised (5 working days) Wed 7 Oct 24:00, the review node (2) Fri 2 Oct 24:00;
// with the National Day week off and Saturday 10 Oct worked (调休) — Tue 13 Oct and Fri 9 Oct.
const SUBMIT_AT = new Date('2026-09-30T02:00:00.000Z')
let now = SUBMIT_AT
let t: TestApp
let as: (u: string) => Promise<ApiClient>
let worker: Worker

const weekendsOnly = (id: string): WorkingCalendar => ({
  id,
  name: `${id} 日历`,
  weekend: [0, 6],
  timeZone: 'Asia/Shanghai',
  years: {},
})
const NATIONAL_DAY = [
  ...['01', '02', '03', '04', '05', '06', '07'].map((d) => ({ date: `2026-10-${d}`, kind: 'holiday', name: '国庆节' })),
  { date: '2026-10-10', kind: 'workday', name: '国庆节调休' },
]

beforeAll(async () => {
  t = await startTestApp({}, { clock: () => now })
  await seedDirectory(t.pool)
  worker = await startMonitoringWorker(t, () => now)
  for (const id of ['default', 'cn-test'])
    await t.pool.query('INSERT INTO calendars (id, doc) VALUES ($1, $2)', [id, weekendsOnly(id)])
  as = async (username: string) => {
    const c = t.client()
    if ((await c.login(username, PASSWORD)).status !== 200) throw new Error(`login ${username}`)
    return c
  }
  const designer = await as('designer')
  const limits = { timeLimits: { promisedDays: 5, legalDays: 10 } }
  for (const bundle of [
    archiveBundle({ ...limits, calendarId: 'cn-test' }),
    archiveBundle({ ...limits, id: 'archive-default', code: 'LS-DA-002' }),
  ]) {
    expect((await designer.post('/api/matters', bundle)).status).toBe(201)
    expect((await designer.post(`/api/matters/${bundle.matter.id}/publish`, {})).status).toBe(201)
  }
})
afterAll(async () => {
  await worker?.stop()
  await t?.close()
})

async function submit(matterId: string): Promise<string> {
  const res = await (await as('clerk')).post('/api/cases', { matterId, data: { purpose: '查阅' } })
  expect(res.status).toBe(201)
  return res.body.id
}

async function deadlines(caseId: string) {
  const c = await t.pool.query(
    `SELECT promised_deadline AS p, legal_deadline AS l, state FROM cases WHERE id = $1`,
    [caseId],
  )
  const task = await t.pool.query(`SELECT due_at FROM tasks WHERE case_id = $1 AND status = 'open'`, [caseId])
  const timers = await t.pool.query(
    `SELECT ct.id, ct.purpose, ct.due_at, j.run_at FROM case_timers ct
       LEFT JOIN graphile_worker.jobs j ON j.key = 'timer:' || ct.id
      WHERE ct.case_id = $1 AND ct.status = 'armed' ORDER BY ct.id`,
    [caseId],
  )
  const byPurpose = Object.fromEntries(timers.rows.map((r) => [r.purpose, r]))
  return {
    promised: c.rows[0].p.toISOString(),
    legal: c.rows[0].l.toISOString(),
    taskDue: task.rows[0]?.due_at.toISOString(),
    state: c.rows[0].state,
    timer: (purpose: string) => ({
      id: byPurpose[purpose].id as string,
      dueAt: byPurpose[purpose].due_at.toISOString() as string,
      jobRunAt: byPurpose[purpose].run_at?.toISOString() as string | undefined,
    }),
  }
}

describe('Per-matter working calendars', () => {
  let onTest: string
  let onDefault: string

  it("When a case is submitted, then its deadlines use its matter's calendar", async () => {
    onTest = await submit('archive-lookup')
    onDefault = await submit('archive-default')
    const d = await deadlines(onTest)
    expect(d.promised).toBe('2026-10-07T16:00:00.000Z')
    expect(d.legal).toBe('2026-10-14T16:00:00.000Z')
    expect(d.taskDue).toBe('2026-10-02T16:00:00.000Z')
    expect(d.timer('task-due')).toEqual({ id: expect.any(String), dueAt: d.taskDue, jobRunAt: d.taskDue })
  })

  it('When an administrator edits that calendar, then the open case’s deadlines, tasks, timers and jobs move, with an event per moved timer; other calendars’ cases stay', async () => {
    const admin = await as('admin')
    const before = await deadlines(onTest)
    const put = await admin.put('/api/calendars/cn-test/years/2026', { days: NATIONAL_DAY })
    expect(put.status).toBe(200)
    expect(await waitForRecompute(admin, 'cn-test', put.body.recomputed.runId)).toMatchObject({
      status: 'done',
      examined: 1,
      changed: 1,
    })
    const d = await deadlines(onTest)
    expect(d.promised).toBe('2026-10-13T16:00:00.000Z')
    expect(d.legal).toBe('2026-10-20T16:00:00.000Z')
    expect(d.taskDue).toBe('2026-10-09T16:00:00.000Z')
    expect(d.state.clock.promisedDeadline).toBe(d.promised)
    expect(d.state.version).toBe(before.state.version + 1)
    for (const [purpose, at] of [
      ['case-red', '2026-10-13T16:00:00.000Z'],
      ['case-legal-red', '2026-10-20T16:00:00.000Z'],
      ['case-yellow', '2026-10-12T13:12:00.000Z'],
      ['task-due', '2026-10-09T16:00:00.000Z'],
      ['task-yellow', '2026-10-09T03:36:00.000Z'],
    ] as const)
      expect(d.timer(purpose)).toEqual({ id: before.timer(purpose).id, dueAt: at, jobRunAt: at })
    const timeline = (await (await as('clerk')).get(`/api/cases/${onTest}`)).body.timeline as any[]
    const moved = timeline.filter((e) => e.type === 'timer.set' && e.data?.reason === 'calendar-changed')
    expect(moved).toHaveLength(5)
    expect(moved.find((e) => e.data.purpose === 'task-due').data).toMatchObject({
      before: '2026-10-02T16:00:00.000Z',
      dueAt: '2026-10-09T16:00:00.000Z',
      calendarId: 'cn-test',
    })
    expect((await deadlines(onDefault)).promised).toBe('2026-10-07T16:00:00.000Z')
  })

  it('When the old instant of a moved timer comes, then it does not fire; at its new instant it does', async () => {
    const { id } = (await deadlines(onTest)).timer('task-yellow')
    now = new Date('2026-10-02T03:40:00.000Z')
    await expect(fireTimer(t.app.caseDeps, onTest, id)).rejects.toMatchObject({ code: 'timer.not-due' })
    now = new Date('2026-10-09T03:40:00.000Z')
    expect(await fireTimer(t.app.caseDeps, onTest, id)).toBe('fired')
    now = SUBMIT_AT
  })

  it('When a case is submitted after the edit, then the new calendar applies at once; the approver can still act on the recomputed case', async () => {
    const fresh = await deadlines(await submit('archive-lookup'))
    expect(fresh.promised).toBe('2026-10-13T16:00:00.000Z')
    expect(fresh.taskDue).toBe('2026-10-09T16:00:00.000Z')
    const approver = await as('approver')
    const { rows } = await t.pool.query(`SELECT id FROM tasks WHERE case_id = $1 AND status = 'open'`, [onTest])
    const res = await approver.post(`/api/tasks/${rows[0].id}/actions`, { action: 'approve' })
    expect(res.status).toBe(200)
    expect(res.body.status).toBe('approved')
  })
})
