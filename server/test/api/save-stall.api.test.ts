import type { SaveBatcher } from '../../src/components/cases/domain/save-batcher'
import { approvalChain } from '../support/bundles'
import { heldCases } from '../support/held-cases'
import { saveLocks, until } from '../support/save-locks'
import { archiveSuite } from '../support/scenario'

// A save statement that waits for a row lock (another transaction on its case) past the stall
// limit no longer holds up the approvals queued behind it (SaveBatcher's stallMs).
const suite = archiveSuite({ saveStatementsInFlight: 1, saveStatementStallMs: 100 })
const as = suite.as
const { heldCase, openTask } = heldCases(suite, 'stall-chain')
const { stuckApproval } = saveLocks(suite)

beforeAll(async () => {
  const designer = await as('designer')
  const chain = approvalChain(4, { id: 'stall-chain', code: 'LS-STALL-001', name: '锁等待链' })
  expect((await designer.post('/api/matters', chain)).status).toBe(201)
  expect((await designer.post('/api/matters/stall-chain/publish', {})).status).toBe(201)
})

async function stalledFigure(): Promise<number> {
  const text = await suite.t.app.metrics.registry.metrics()
  return Number(/^tongban_save_statements_stalled_total (\S+)$/m.exec(text)?.[1])
}

describe('A save statement stuck on a row lock', () => {
  it('When a case is locked by another transaction, then approvals of other cases are saved while its approval waits, and it is saved after', async () => {
    const approver = await as('approver')
    const blocked = await heldCase(approver)
    const others = [await heldCase(approver), await heldCase(approver), await heldCase(approver)]
    const stalledBefore = await stalledFigure()
    const stuck = await stuckApproval(approver, blocked.caseId, blocked.taskId)
    let stuckAnswered = false
    void stuck.response.then(() => (stuckAnswered = true))
    // The lock is still held: these are answered only because they do not wait behind it.
    const answers = await Promise.all(
      others.map((c) => approver.post(`/api/tasks/${c.taskId}/actions`, { action: 'approve' })),
    )
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200])
    for (const c of others) expect(await openTask(c.caseId)).not.toBe(c.taskId)
    expect(stuckAnswered).toBe(false)
    expect(await stalledFigure()).toBeGreaterThan(stalledBefore)
    await stuck.release()
    expect((await stuck.response).status).toBe(200)
    expect(await openTask(blocked.caseId)).not.toBe(blocked.taskId)
  })

  it('When the session row of the approver is locked by another transaction as its touch falls due, then the approval does not wait for it', async () => {
    const approver = await as('approver')
    const c = await heldCase(approver)
    // Due a touch (last seen over a minute ago) ...
    await suite.t.pool.query(
      `UPDATE sessions SET last_seen_at = now() - interval '2 minutes' WHERE person_id = 'p-approver' AND revoked_at IS NULL`,
    )
    const db = await suite.t.pool.connect()
    try {
      // ... and locked, as a logout or another request's touch would lock it.
      await db.query('BEGIN')
      await db.query(`SELECT 1 FROM sessions WHERE person_id = 'p-approver' FOR UPDATE`)
      const answer = await Promise.race([
        approver.post(`/api/tasks/${c.taskId}/actions`, { action: 'approve' }),
        new Promise<'waited'>((r) => setTimeout(() => r('waited'), 3_000)),
      ])
      expect(answer === 'waited' ? answer : answer.status).toBe(200)
    } finally {
      await db.query('ROLLBACK')
      db.release()
    }
    expect(await openTask(c.caseId)).not.toBe(c.taskId)
  })

  it('When the stuck approval is sent again, then the second waits for the first and gets 409', async () => {
    const approver = await as('approver')
    const blocked = await heldCase(approver)
    const stuck = await stuckApproval(approver, blocked.caseId, blocked.taskId)
    const again = approver.post(`/api/tasks/${blocked.taskId}/actions`, { action: 'approve' })
    const batcher = suite.t.app.caseDeps.saves as SaveBatcher
    // It queues (not sent past the stalled statement: its case is in that statement).
    await until(() => batcher.waiting === 1, 'the second approval to queue')
    await new Promise((r) => setTimeout(r, 300))
    expect(batcher.waiting).toBe(1)
    await stuck.release()
    expect((await stuck.response).status).toBe(200)
    expect((await again).status).toBe(409)
  })
})
