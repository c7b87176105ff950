import { approvalChain } from '../support/bundles'
import type { HttpResponse } from '../support/http-client'
import { heldCases } from '../support/held-cases'
import { archiveSuite } from '../support/scenario'

// A server that holds a case's current state (it read or saved it last) acts on the case's tasks
// without reading first: the saving statement itself checks the version, the caller's right to
// the case and the session. These tests act on held cases only (the first approval of a case
// reads it; the second finds it held) and check the answers are the read-first path's answers.
const suite = archiveSuite()
const as = suite.as
const { heldCase } = heldCases(suite, 'held-chain')

beforeAll(async () => {
  const designer = await as('designer')
  const chain = approvalChain(4, { id: 'held-chain', code: 'LS-HELD-001', name: '持有链' })
  expect((await designer.post('/api/matters', chain)).status).toBe(201)
  expect((await designer.post('/api/matters/held-chain/publish', {})).status).toBe(201)
})

async function stored(caseId: string, taskId: string) {
  const { rows } = await suite.t.pool.query(
    `SELECT c.state_version AS version, t.status, (SELECT count(*)::int FROM audit_log WHERE target_id = c.id) AS audits
       FROM cases c JOIN tasks t ON t.case_id = c.id WHERE c.id = $1 AND t.id = $2`,
    [caseId, taskId],
  )
  return rows[0] as { version: number; status: string; audits: number }
}

/** The texts of the statements the server sent while `run` ran (on either pool). */
async function statementsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const pools = [suite.t.pool, suite.t.savePool].filter((p) => p !== undefined)
  const originals = pools.map((pool) => pool.query)
  const texts: string[] = []
  pools.forEach((pool, i) => {
    pool.query = ((config: unknown, ...rest: unknown[]) => {
      texts.push(typeof config === 'string' ? config : (config as { text: string }).text)
      return (originals[i] as (...a: unknown[]) => unknown).call(pool, config, ...rest)
    }) as typeof pool.query
  })
  try {
    await run()
  } finally {
    pools.forEach((pool, i) => {
      pool.query = originals[i] as typeof pool.query
    })
  }
  return texts
}

describe('Acting on a case the server holds', () => {
  it('When the server holds the case, then an approval sends one statement and answers like the read-first path', async () => {
    const approver = await as('approver')
    const { caseId, taskId, version } = await heldCase(approver)
    let res: HttpResponse | undefined
    const sent = await statementsDuring(async () => {
      res = await approver.post(`/api/tasks/${taskId}/actions`, { action: 'approve', comment: '同意' })
    })
    expect(res?.status).toBe(200)
    expect(res?.body.stateVersion).toBe(version + 1)
    expect(res?.body.currentNodeIds).toEqual(['s3'])
    expect(res?.body.events.map((e: { type: string }) => e.type)).toContain('task.completed')
    expect(sent.filter((text) => /\bcases\b/.test(text))).toHaveLength(1)
    expect((await stored(caseId, taskId)).status).toBe('completed')
    const detail = await approver.get(`/api/cases/${caseId}`)
    expect(detail.body.tasks.find((t: { id: string }) => t.id === taskId).comment).toBe('同意')
  })

  it('When the session was revoked elsewhere, then acting on a held case is 401 and nothing is written', async () => {
    const approver = await as('approver')
    const { caseId, taskId, version } = await heldCase(approver)
    const before = await stored(caseId, taskId)
    await suite.t.pool.query(
      `UPDATE sessions SET revoked_at = now() WHERE person_id = 'p-approver' AND revoked_at IS NULL`,
    )
    const res = await approver.post(`/api/tasks/${taskId}/actions`, { action: 'approve' })
    expect(res.status).toBe(401)
    expect(res.body.code).toBe('session-expired')
    expect(await stored(caseId, taskId)).toEqual({ ...before, version, status: 'open' })
  })

  it('When the person lost the approver role, then acting on a held case is 403 and nothing is written', async () => {
    const approver = await as('approver')
    const { caseId, taskId } = await heldCase(approver)
    const before = await stored(caseId, taskId)
    await suite.t.pool.query(`UPDATE people SET roles = '{}' WHERE id = 'p-approver'`)
    try {
      const res = await approver.post(`/api/tasks/${taskId}/actions`, { action: 'approve' })
      expect(res.status).toBe(403)
      expect(await stored(caseId, taskId)).toEqual(before)
    } finally {
      await suite.t.pool.query(`UPDATE people SET roles = '{approver}' WHERE id = 'p-approver'`)
    }
    expect((await approver.post(`/api/tasks/${taskId}/actions`, { action: 'approve' })).status).toBe(200)
  })

  it('When the directory changed elsewhere without touching the caller, then the action on a held case goes through once', async () => {
    const approver = await as('approver')
    const { caseId, taskId, version } = await heldCase(approver)
    await suite.t.pool.query(`UPDATE people SET name = name || '·' WHERE id = 'p-auditor'`)
    const res = await approver.post(`/api/tasks/${taskId}/actions`, { action: 'approve' })
    expect(res.status).toBe(200)
    expect(res.body.stateVersion).toBe(version + 1)
    const { rows } = await suite.t.pool.query(
      `SELECT count(*)::int AS n FROM case_events WHERE case_id = $1 AND task_id = $2 AND type = 'task.completed'`,
      [caseId, taskId],
    )
    expect(rows[0].n).toBe(1)
  })

  it('When someone who cannot see the case acts on its task, then it is 404 and nothing is written', async () => {
    const approver = await as('approver')
    const { caseId, taskId } = await heldCase(approver)
    const before = await stored(caseId, taskId)
    const outsider = await as('countyhead')
    const res = await outsider.post(`/api/tasks/${taskId}/actions`, { action: 'approve' })
    expect(res.status).toBe(404)
    expect(await stored(caseId, taskId)).toEqual(before)
  })

  it('When the data sent with the action breaks the form rules, then it is 422 with the field and nothing is written', async () => {
    const approver = await as('approver')
    const { caseId, taskId } = await heldCase(approver)
    const before = await stored(caseId, taskId)
    const res = await approver.post(`/api/tasks/${taskId}/actions`, {
      action: 'approve',
      data: { notAField: 1 },
    })
    expect(res.status).toBe(422)
    expect(res.body.details.errors[0].path).toContain('notAField')
    expect(await stored(caseId, taskId)).toEqual(before)
  })

  it('When 20 approvals of one held task race, then exactly one wins and the rest get 409', async () => {
    const approver = await as('approver')
    const { caseId, taskId } = await heldCase(approver)
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => approver.post(`/api/tasks/${taskId}/actions`, { action: 'approve' })),
    )
    expect(answers.filter((r) => r.status === 200)).toHaveLength(1)
    expect(answers.filter((r) => r.status === 409)).toHaveLength(19)
    const { rows } = await suite.t.pool.query(
      `SELECT count(*)::int AS n FROM tasks WHERE case_id = $1 AND node_id = 's3'`,
      [caseId],
    )
    expect(rows[0].n).toBe(1)
  })
})
