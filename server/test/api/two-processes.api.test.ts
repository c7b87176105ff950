import { ApiClient } from '../support/http-client'
import { startChildServer, type ChildServer } from '../support/child-process'
import { PASSWORD } from '../support/fixtures'
import { publishedArchive } from '../support/scenario'
import { createTestDatabase, type TestDatabase } from '../support/test-db'
import { startTestApp, type TestApp } from '../support/test-app'

let db: TestDatabase
let a: ChildServer
let b: ChildServer
let local: TestApp

beforeAll(async () => {
  db = await createTestDatabase()
  // Both processes migrate the empty database at once (advisory lock) and run job workers.
  const env = { DATABASE_URL: db.url, RUN_WORKER: 'true', WORKER_POLL_MS: '200' }
  ;[a, b] = await Promise.all([startChildServer(env), startChildServer(env)])
  // An in-process app on the same database, with a clock in March (its timers are due at once).
  local = await startTestApp({}, { db, clock: () => new Date('2026-03-02T01:00:00.000Z') })
  await publishedArchive(local)
}, 180_000)

afterAll(async () => {
  const codes = await Promise.all([a?.stop(), b?.stop()])
  expect(codes).toEqual([0, 0])
  await local?.close()
  await db?.drop()
})

const login = async (baseUrl: string, username: string) => {
  const c = new ApiClient(baseUrl)
  expect((await c.login(username, PASSWORD)).status).toBe(200)
  return c
}

/** 20 approvals of one task, alternating between the servers: one 200, nineteen 409, one completion. */
async function expectOneWinner(clients: ApiClient[], taskId: string, caseId: string): Promise<void> {
  const results = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      clients[i % clients.length]!.post(`/api/tasks/${taskId}/actions`, { action: 'approve' }),
    ),
  )
  const codes = results.map((r) => r.status)
  expect(codes.filter((s) => s === 200)).toHaveLength(1)
  expect(codes.filter((s) => s === 409)).toHaveLength(19)
  const { rows } = await local.pool.query(
    `SELECT count(*)::int AS n FROM case_events WHERE case_id = $1 AND type = 'task.completed'`,
    [caseId],
  )
  expect(rows[0].n).toBe(1)
}

describe('Two server processes on one database', () => {
  it('When the same approval is sent through both, then exactly one wins', async () => {
    const clerk = await login(a.baseUrl, 'clerk')
    const c = await clerk.post('/api/cases', { matterId: 'archive-lookup', data: { purpose: '双进程' } })
    expect(c.status).toBe(201)
    const viaA = await login(a.baseUrl, 'approver')
    const viaB = await login(b.baseUrl, 'approver')
    const task = (await viaB.get(`/api/cases/${c.body.id}`)).body.tasks.find((x: any) => x.status === 'open')
    await expectOneWinner([viaA, viaB], task.id, c.body.id)
  })

  it('When both servers hold the case at the same version, then the same approval through both is won once', async () => {
    const clerk = await login(a.baseUrl, 'clerk')
    const c = await clerk.post('/api/cases', { matterId: 'archive-lookup', data: { purpose: '双进程持有' } })
    expect(c.status).toBe(201)
    const viaA = await login(a.baseUrl, 'approver')
    const viaB = await login(b.baseUrl, 'approver')
    const task = (await viaA.get(`/api/cases/${c.body.id}`)).body.tasks.find((x: any) => x.status === 'open')
    // A saves a comment (and holds that version); B reads it for an action the engine refuses
    // (and holds the same version). Each now acts without reading first.
    expect(
      (await viaA.post(`/api/tasks/${task.id}/actions`, { action: 'comment', comment: '看过' })).status,
    ).toBe(200)
    const refused = await viaB.post(`/api/tasks/${task.id}/actions`, { action: 'transfer', to: 'p-approver' })
    expect(refused.status).toBe(422)
    await expectOneWinner([viaA, viaB], task.id, c.body.id)
  })

  it('When a timer is due, then one of the two workers fires it, once', async () => {
    const clerk = local.client()
    await clerk.login('clerk', PASSWORD)
    const c = await clerk.post('/api/cases', { matterId: 'archive-lookup', data: { purpose: '到期' } })
    expect(c.status).toBe(201)
    const armed = (
      await local.pool.query(`SELECT id FROM case_timers WHERE case_id = $1`, [c.body.id])
    ).rows.map((r) => r.id)
    expect(armed.length).toBeGreaterThan(0)
    const until = Date.now() + 30_000
    for (;;) {
      const { rows } = await local.pool.query(
        `SELECT count(*)::int AS n FROM case_timers WHERE id = ANY($1) AND status = 'armed'`,
        [armed],
      )
      if (rows[0].n === 0) break
      if (Date.now() > until) throw new Error('timers did not fire')
      await new Promise((r) => setTimeout(r, 200))
    }
    const events = await local.pool.query(
      `SELECT data->>'timerId' AS id, count(*)::int AS n FROM case_events WHERE case_id = $1 AND type = 'timer.fired' GROUP BY 1`,
      [c.body.id],
    )
    expect(events.rows.length).toBeGreaterThan(0)
    expect(events.rows.every((r) => r.n === 1)).toBe(true)
  })
})
