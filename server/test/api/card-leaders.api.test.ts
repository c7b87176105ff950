import { fireTimer } from '../../src/components/cases/domain/case-jobs'
import { archiveBundle } from '../support/bundles'
import { PASSWORD, seedDirectory } from '../support/fixtures'
import { startTestApp, type TestApp } from '../support/test-app'

// Submitted Mon 2 Mar 2026 09:00 (+08); the review (2 working days) is due Wed 4 Mar 24:00.
let now = new Date('2026-03-02T01:00:00.000Z')
let t: TestApp
let caseId: string

beforeAll(async () => {
  t = await startTestApp({}, { clock: () => now })
  await seedDirectory(t.pool)
  const as = async (u: string) => {
    const c = t.client()
    if ((await c.login(u, PASSWORD)).status !== 200) throw new Error(u)
    return c
  }
  const designer = await as('designer')
  const bundle = archiveBundle()
  const review = bundle.flow.nodes.find((n) => n.id === 'review') as { assignees: unknown }
  // 赵审批 works in the archive, whose head is 王档案.
  review.assignees = [{ kind: 'person', personIds: ['p-approver2'] }]
  expect((await designer.post('/api/matters', bundle)).status).toBe(201)
  expect((await designer.post('/api/matters/archive-lookup/publish', {})).status).toBe(201)
  const res = await (await as('clerk')).post('/api/cases', { matterId: 'archive-lookup', data: { purpose: '查阅' } })
  expect(res.status).toBe(201)
  caseId = res.body.id
})
afterAll(async () => {
  await t?.close()
})

async function fire(purpose: string) {
  const { rows } = await t.pool.query(
    `SELECT id, due_at FROM case_timers WHERE case_id = $1 AND purpose = $2 AND status = 'armed'`,
    [caseId, purpose],
  )
  now = new Date(rows[0].due_at.getTime() + 60_000)
  expect(await fireTimer(t.app.caseDeps, caseId, rows[0].id)).toBe('fired')
}

const notices = async () =>
  (
    await t.pool.query(
      `SELECT person_id, reason FROM notifications WHERE case_id = $1 AND reason LIKE 'card%' ORDER BY id`,
      [caseId],
    )
  ).rows

describe('Cards reach the handler and their leader at once', () => {
  it('When a step turns yellow and then red, then each card is an event, and the handler and the head of their department are told right away (no refresh)', async () => {
    await fire('task-yellow')
    await fire('task-due')
    expect(await notices()).toEqual([
      { person_id: 'p-approver2', reason: 'card-yellow' },
      { person_id: 'p-approver', reason: 'card.yellow-leader' },
      { person_id: 'p-approver2', reason: 'card-red' },
      { person_id: 'p-approver', reason: 'card.red-leader' },
    ])
    const { rows } = await t.pool.query(
      `SELECT type FROM case_events WHERE case_id = $1 AND type LIKE 'card.%' ORDER BY seq`,
      [caseId],
    )
    expect(rows.map((r) => r.type)).toEqual(['card.yellow', 'card.red'])
  })
})
