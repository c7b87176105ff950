import { approvalChain } from '../support/bundles'
import { PASSWORD, seedDirectory } from '../support/fixtures'
import type { ApiClient } from '../support/http-client'
import { startTestApp, type TestApp } from '../support/test-app'
import { createTestDatabase, type TestDatabase } from '../support/test-db'

// Each app keeps the engine states it read or saved (CaseStateCache) and asks PostgreSQL for a
// state only when the stored version differs. Two apps on one database take turns on one case:
// each must act on the state the other saved, never on the one it held.
let db: TestDatabase
let a: TestApp
let b: TestApp
beforeAll(async () => {
  db = await createTestDatabase()
  a = await startTestApp({}, { db })
  b = await startTestApp({}, { db })
  await seedDirectory(a.pool)
})
afterAll(async () => {
  await a?.close()
  await b?.close()
  await db?.drop()
})

async function login(t: TestApp, username: string): Promise<ApiClient> {
  const c = t.client()
  const res = await c.login(username, PASSWORD)
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`)
  return c
}

const chain = (steps: number) =>
  approvalChain(steps, { id: 'cache-chain', code: 'LS-CACHE-001', name: '缓存链' })

describe('Engine state cache', () => {
  it('When two servers take turns approving one case, then every step acts on the latest state and the case completes once', async () => {
    const designer = await login(a, 'designer')
    expect((await designer.post('/api/matters', chain(6))).status).toBe(201)
    expect((await designer.post('/api/matters/cache-chain/publish', {})).status).toBe(201)
    const clerk = await login(a, 'clerk')
    const started = await clerk.post('/api/cases', { matterId: 'cache-chain', data: { purpose: '缓存' } })
    expect(started.status).toBe(201)
    const caseId = started.body.id as string
    const viaA = await login(a, 'approver')
    const viaB = await login(b, 'approver')
    const open = async () =>
      (await viaA.get(`/api/cases/${caseId}`)).body.tasks.find((x: any) => x.status === 'open')?.id as string
    // a, b, a, a (a held the state b saved after step 2), b, a
    const order = [viaA, viaB, viaA, viaA, viaB, viaA]
    const versions: number[] = []
    for (const client of order) {
      const res = await client.post(`/api/tasks/${await open()}/actions`, { action: 'approve' })
      expect(res.status).toBe(200)
      versions.push(res.body.stateVersion)
    }
    expect(versions).toEqual([...versions].sort((x, y) => x - y))
    expect(new Set(versions).size).toBe(6)
    const detail = await clerk.get(`/api/cases/${caseId}`)
    expect(detail.body.case.status).toBe('approved')
    const { rows } = await a.pool.query(
      `SELECT count(*)::int AS n FROM case_events WHERE case_id = $1 AND type = 'task.completed'`,
      [caseId],
    )
    expect(rows[0].n).toBe(6)
  })

  it('When a server holds a stale state and the other moved the case, then an action on the old task is a 409, not a replay', async () => {
    const clerk = await login(a, 'clerk')
    const started = await clerk.post('/api/cases', { matterId: 'cache-chain', data: { purpose: '缓存' } })
    const caseId = started.body.id as string
    const viaA = await login(a, 'approver')
    const viaB = await login(b, 'approver')
    const first = (await viaA.get(`/api/cases/${caseId}`)).body.tasks.find((x: any) => x.status === 'open').id
    // a reads (and holds) the state with `first` open; b approves `first`.
    expect(
      (await viaA.post(`/api/tasks/${first}/actions`, { action: 'comment', comment: '看过' })).status,
    ).toBe(200)
    expect((await viaB.post(`/api/tasks/${first}/actions`, { action: 'approve' })).status).toBe(200)
    const again = await viaA.post(`/api/tasks/${first}/actions`, { action: 'approve' })
    expect(again.status).toBe(409)
  })
})
