import { archiveSuite } from '../support/scenario'

const suite = archiveSuite()
const as = suite.as

async function copiedCase(): Promise<{
  caseId: string
  reviewTaskId: string
  ccTaskId: (personId: string) => string
}> {
  const clerk = await as('clerk')
  const c = await clerk.post('/api/cases', { matterId: 'archive-lookup', data: { purpose: '抄送已阅' } })
  expect(c.status).toBe(201)
  const { rows } = await suite.t.pool.query(`SELECT id FROM tasks WHERE case_id = $1 AND kind <> 'cc'`, [
    c.body.id,
  ])
  const reviewTaskId = rows[0].id as string
  const approver = await as('approver')
  const cc = await approver.post(`/api/tasks/${reviewTaskId}/actions`, {
    action: 'cc',
    personIds: ['p-approver2', 'p-hr-head'],
    comment: '请知悉',
  })
  expect(cc.status).toBe(200)
  const { rows: ccRows } = await suite.t.pool.query(
    `SELECT id, assignee_id FROM tasks WHERE case_id = $1 AND kind = 'cc'`,
    [c.body.id],
  )
  const byPerson = new Map(ccRows.map((r) => [r.assignee_id as string, r.id as string]))
  return { caseId: c.body.id, reviewTaskId, ccTaskId: (p) => byPerson.get(p)! }
}

describe('抄送 → 已阅', () => {
  it('When the recipient opens a copy, then it is marked read once, counted as read, and audited', async () => {
    const { caseId, ccTaskId } = await copiedCase()
    const reader = await as('approver2')
    const before = await reader.get('/api/tasks/counts')
    expect(before.body.ccUnread).toBeGreaterThanOrEqual(1)
    const listed = await reader.get('/api/tasks?box=cc')
    const item = listed.body.items.find((i: any) => i.case.id === caseId)
    expect(item.task).toMatchObject({ id: ccTaskId('p-approver2'), status: 'open', comment: '请知悉' })

    // The case shows the unread copy, and a copy is not work: nothing to open or edit.
    const detail = await reader.get(`/api/cases/${caseId}`)
    expect(detail.body.viewer).toEqual({
      openTaskId: null,
      editableFields: [],
      unreadCcTaskIds: [ccTaskId('p-approver2')],
    })

    const read = await reader.post(`/api/tasks/${ccTaskId('p-approver2')}/read`, {})
    expect(read.status).toBe(200)
    expect(read.body.task).toMatchObject({ status: 'completed', outcome: 'read', kind: 'cc' })
    expect(read.body.task.completedAt).toEqual(expect.any(String))

    const again = await reader.post(`/api/tasks/${ccTaskId('p-approver2')}/read`, {})
    expect(again.status).toBe(200)
    expect(again.body.task.completedAt).toBe(read.body.task.completedAt)

    const after = await reader.get('/api/tasks/counts')
    expect(after.body.ccUnread).toBe(before.body.ccUnread - 1)
    expect(after.body.cc).toBe(before.body.cc)
    expect((await reader.get(`/api/cases/${caseId}`)).body.viewer.unreadCcTaskIds).toEqual([])
    const relisted = await reader.get('/api/tasks?box=cc')
    expect(relisted.body.items.find((i: any) => i.case.id === caseId).task).toMatchObject({
      status: 'completed',
      outcome: 'read',
    })
    // 仅看未读: the read copy is left out, the box still lists it.
    const unreadOnly = await reader.get('/api/tasks?box=cc&unread=1')
    expect(unreadOnly.status).toBe(200)
    expect(unreadOnly.body.items.map((i: any) => i.task.id)).not.toContain(ccTaskId('p-approver2'))
    expect(unreadOnly.body.items.every((i: any) => i.task.status === 'open')).toBe(true)
    expect(unreadOnly.body.total).toBe(after.body.ccUnread)

    const { rows } = await suite.t.pool.query(
      `SELECT actor_id, data FROM audit_log WHERE action = 'task.read' AND target_id = $1`,
      [ccTaskId('p-approver2')],
    )
    expect(rows).toEqual([{ actor_id: 'p-approver2', data: { caseId } }])
  })

  it("When someone marks another person's copy, or a task that is not a copy, then 404 and nothing changes", async () => {
    const { caseId, reviewTaskId, ccTaskId } = await copiedCase()
    const other = await as('hrhead')
    expect((await other.post(`/api/tasks/${ccTaskId('p-approver2')}/read`, {})).status).toBe(404)
    const applicant = await as('clerk')
    expect((await applicant.post(`/api/tasks/${ccTaskId('p-hr-head')}/read`, {})).status).toBe(404)
    const approver = await as('approver')
    const notCopy = await approver.post(`/api/tasks/${reviewTaskId}/read`, {})
    expect(notCopy.status).toBe(404)
    expect(notCopy.body.code).toBe('not-found')
    expect((await other.post('/api/tasks/no-such-task/read', {})).status).toBe(404)

    const { rows } = await suite.t.pool.query(
      `SELECT id, status, outcome FROM tasks WHERE case_id = $1 ORDER BY id`,
      [caseId],
    )
    expect(rows.every((r) => r.status === 'open' && r.outcome === null)).toBe(true)
    // The reviewer's own copy-free view still opens the review task.
    expect((await approver.get(`/api/cases/${caseId}`)).body.viewer.openTaskId).toBe(reviewTaskId)
  })

  it('When the recipient marks all copies read, then every unread one is read, audited once, and a repeat marks nothing', async () => {
    const first = await copiedCase()
    const second = await copiedCase()
    const reader = await as('hrhead')
    expect((await reader.get('/api/tasks/counts')).body.ccUnread).toBeGreaterThanOrEqual(2)
    const all = await reader.post('/api/tasks/read-all', {})
    expect(all.status).toBe(200)
    expect(all.body).toEqual({ marked: expect.any(Number), more: false })
    expect(all.body.marked).toBeGreaterThanOrEqual(2)
    expect((await reader.get('/api/tasks/counts')).body.ccUnread).toBe(0)
    const { rows } = await suite.t.pool.query(`SELECT status, outcome FROM tasks WHERE id = ANY($1)`, [
      [first.ccTaskId('p-hr-head'), second.ccTaskId('p-hr-head')],
    ])
    expect(rows).toEqual([
      { status: 'completed', outcome: 'read' },
      { status: 'completed', outcome: 'read' },
    ])
    // Only the caller's: the other recipient's copies stay unread.
    const other = await suite.t.pool.query(`SELECT status FROM tasks WHERE id = $1`, [
      second.ccTaskId('p-approver2'),
    ])
    expect(other.rows[0].status).toBe('open')
    const audit = await suite.t.pool.query(
      `SELECT data FROM audit_log WHERE action = 'task.read-all' AND actor_id = 'p-hr-head'`,
    )
    expect(audit.rows).toHaveLength(1)
    expect(audit.rows[0].data.tasks).toEqual(
      expect.arrayContaining([first.ccTaskId('p-hr-head'), second.ccTaskId('p-hr-head')]),
    )
    expect((await reader.post('/api/tasks/read-all', {})).body).toEqual({ marked: 0, more: false })
  })
})
