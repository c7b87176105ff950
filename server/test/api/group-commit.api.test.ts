import type { SaveBatcher } from '../../src/components/cases/domain/save-batcher'
import { approvalChain } from '../support/bundles'
import type { HttpResponse } from '../support/http-client'
import { heldCases } from '../support/held-cases'
import { saveLocks, until } from '../support/save-locks'
import { archiveSuite } from '../support/scenario'

// Group commit (SaveBatcher): saves that arrive while a save statement is in flight go together
// in the next one. To make "arrive while in flight" certain, each test holds a row lock on one
// case: that case's approval is then stuck in its statement (in flight), the others queue behind
// it, and releasing the lock lets them go as one statement. The stall limit is set out of reach
// here: past it the queued saves would go without waiting (test/api/save-stall.api.test.ts).
const suite = archiveSuite({ saveStatementsInFlight: 1, saveStatementStallMs: 600_000 })
const as = suite.as
const { heldCase, openTask } = heldCases(suite, 'gc-chain')
const { stuckApproval } = saveLocks(suite)

beforeAll(async () => {
  const designer = await as('designer')
  const chain = approvalChain(4, { id: 'gc-chain', code: 'LS-GC-001', name: '合并提交链' })
  expect((await designer.post('/api/matters', chain)).status).toBe(201)
  expect((await designer.post('/api/matters/gc-chain/publish', {})).status).toBe(201)
})

function batcher(): SaveBatcher {
  return suite.t.app.caseDeps.saves as SaveBatcher
}

/** The texts of the statements sent on the save pool while `run` ran. */
async function saveStatementsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const pool = suite.t.savePool
  if (!pool) throw new Error('no save pool')
  const original = pool.query
  const texts: string[] = []
  pool.query = ((config: unknown, ...rest: unknown[]) => {
    texts.push((config as { text: string }).text)
    return (original as (...a: unknown[]) => unknown).call(pool, config, ...rest)
  }) as typeof pool.query
  try {
    await run()
  } finally {
    pool.query = original
  }
  return texts
}

/** The save-statement figures /metrics shows: statements, saves in them, statements split. */
async function saveFigures(): Promise<{ statements: number; saves: number; split: number }> {
  const text = await suite.t.app.metrics.registry.metrics()
  const figure = (name: string) => {
    const value = new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1]
    if (value === undefined) throw new Error(`${name} is not in /metrics`)
    return Number(value)
  }
  return {
    statements: figure('tongban_save_statement_saves_count'),
    saves: figure('tongban_save_statement_saves_sum'),
    split: figure('tongban_save_statements_split_total'),
  }
}

async function stored(caseId: string) {
  const { rows } = await suite.t.pool.query(
    `SELECT c.state_version AS version,
            (SELECT count(*)::int FROM audit_log WHERE target_id = c.id) AS audits,
            (SELECT count(*)::int FROM case_events WHERE case_id = c.id) AS events,
            (SELECT count(*)::int FROM tasks WHERE case_id = c.id AND status = 'open') AS open
       FROM cases c WHERE c.id = $1`,
    [caseId],
  )
  return rows[0] as { version: number; audits: number; events: number; open: number }
}

describe('Group commit of approvals', () => {
  it('When approvals of seven cases arrive while a save is in flight, then one statement saves them all and each is answered as if alone', async () => {
    const approver = await as('approver')
    const cases: Array<Awaited<ReturnType<typeof heldCase>>> = []
    for (let i = 0; i < 8; i++) cases.push(await heldCase(approver))
    const before = await Promise.all(cases.map((c) => stored(c.caseId)))
    const figuresBefore = await saveFigures()
    let responses: HttpResponse[] = []
    const sent = await saveStatementsDuring(async () => {
      const [first, ...rest] = cases
      const stuck = await stuckApproval(approver, first!.caseId, first!.taskId)
      const queued = rest.map((c) => approver.post(`/api/tasks/${c.taskId}/actions`, { action: 'approve' }))
      await until(() => batcher().waiting === 7, 'seven saves to queue')
      await stuck.release()
      responses = [await stuck.response, ...(await Promise.all(queued))]
    })
    expect(responses.map((r) => r.status)).toEqual(Array(8).fill(200))
    expect(sent).toHaveLength(2)
    expect(await saveFigures()).toEqual({
      statements: figuresBefore.statements + 2,
      saves: figuresBefore.saves + 8,
      split: figuresBefore.split,
    })
    for (const [i, c] of cases.entries()) {
      expect(responses[i]!.body).toMatchObject({
        caseId: c.caseId,
        stateVersion: c.version + 1,
        currentNodeIds: ['s3'],
      })
      const now = await stored(c.caseId)
      expect(now).toEqual({
        version: c.version + 1,
        audits: before[i]!.audits + 1,
        events: now.events,
        open: 1,
      })
      expect(now.events).toBeGreaterThan(before[i]!.events)
      expect(await openTask(c.caseId)).not.toBe(c.taskId)
    }
  })

  it('When the same task is approved five times in one queue, then exactly one approval wins and the rest get 409', async () => {
    const approver = await as('approver')
    const blocker = await heldCase(approver)
    const contested = await heldCase(approver)
    const other = await heldCase(approver)
    const before = await stored(contested.caseId)
    const stuck = await stuckApproval(approver, blocker.caseId, blocker.taskId)
    const same = Array.from({ length: 5 }, () =>
      approver.post(`/api/tasks/${contested.taskId}/actions`, { action: 'approve' }),
    )
    const alongside = approver.post(`/api/tasks/${other.taskId}/actions`, { action: 'approve' })
    await until(() => batcher().waiting === 6, 'six saves to queue')
    await stuck.release()
    expect((await stuck.response).status).toBe(200)
    expect((await alongside).status).toBe(200)
    const statuses = (await Promise.all(same)).map((r) => r.status).sort()
    expect(statuses).toEqual([200, 409, 409, 409, 409])
    const after = await stored(contested.caseId)
    expect(after.version).toBe(before.version + 1)
    expect(after.audits).toBe(before.audits + 1)
    expect(after.open).toBe(1)
    const { rows } = await suite.t.pool.query(
      `SELECT count(*)::int AS n FROM case_events WHERE case_id = $1 AND type = 'task.completed' AND task_id = $2`,
      [contested.caseId, contested.taskId],
    )
    expect(rows[0].n).toBe(1)
  })

  it('When one save of a statement fails, then the others are still saved and only that one fails', async () => {
    const approver = await as('approver')
    const blocker = await heldCase(approver)
    const broken = await heldCase(approver)
    const fine = await heldCase(approver)
    // Take the event number the broken case's next approval will write: its save then fails on
    // the events' primary key, which aborts whatever statement carries it.
    await suite.t.pool.query(
      `INSERT INTO case_events (case_id, seq, type, at)
       SELECT $1, max(seq) + 1, 'test.taken', now() FROM case_events WHERE case_id = $1`,
      [broken.caseId],
    )
    const brokenBefore = await stored(broken.caseId)
    const figuresBefore = await saveFigures()
    let responses: HttpResponse[] = []
    const sent = await saveStatementsDuring(async () => {
      const stuck = await stuckApproval(approver, blocker.caseId, blocker.taskId)
      const queued = [broken, fine].map((c) =>
        approver.post(`/api/tasks/${c.taskId}/actions`, { action: 'approve' }),
      )
      await until(() => batcher().waiting === 2, 'two saves to queue')
      await stuck.release()
      responses = [await stuck.response, ...(await Promise.all(queued))]
    })
    expect(responses.map((r) => r.status)).toEqual([200, 500, 200])
    // The blocker alone, the failed pair, then each of the pair alone.
    expect(sent).toHaveLength(4)
    expect((await saveFigures()).split).toBe(figuresBefore.split + 1)
    expect((await stored(fine.caseId)).version).toBe(fine.version + 1)
    expect(await stored(broken.caseId)).toEqual(brokenBefore)
    expect(await openTask(broken.caseId)).toBe(broken.taskId)
  })
})
