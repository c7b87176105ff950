import { archiveSuite } from '../support/scenario'

const suite = archiveSuite()
const as = suite.as

async function openTask(): Promise<{ caseId: string; taskId: string }> {
  const clerk = await as('clerk')
  const c = await clerk.post('/api/cases', { matterId: 'archive-lookup', data: { purpose: '重复办理测试' } })
  expect(c.status).toBe(201)
  const { rows } = await suite.t.pool.query(`SELECT id FROM tasks WHERE case_id = $1 AND status = 'open'`, [
    c.body.id,
  ])
  return { caseId: c.body.id, taskId: rows[0].id }
}

describe('Acting on a task that is no longer open', () => {
  it('When a handled task is approved again, then 409 task.closed says who handled it, when and how', async () => {
    const { taskId } = await openTask()
    const approver = await as('approver')
    const first = await approver.post(`/api/tasks/${taskId}/actions`, { action: 'approve' })
    expect(first.status).toBe(200)
    const again = await approver.post(`/api/tasks/${taskId}/actions`, { action: 'approve' })
    expect(again.status).toBe(409)
    expect(again.body.code).toBe('task.closed')
    expect(again.body.message).toMatch(
      /^该待办已于 \d{4}-\d\d-\d\d \d\d:\d\d 由 王档案 办理（同意），无需重复办理$/,
    )
    expect(again.body.details).toMatchObject({
      taskId,
      status: 'completed',
      outcome: 'approved',
      closedBy: { id: 'p-approver', name: '王档案' },
    })
    expect(Date.parse(again.body.details.closedAt)).not.toBeNaN()
    expect(again.body.details.messageEn).toMatch(/already handled by 王档案/)
  })

  it('When a different action meets a handled task, then it is 409 too and nothing is written', async () => {
    const { caseId, taskId } = await openTask()
    const approver = await as('approver')
    expect((await approver.post(`/api/tasks/${taskId}/actions`, { action: 'approve' })).status).toBe(200)
    const events = async () =>
      (await suite.t.pool.query('SELECT count(*)::int AS n FROM case_events WHERE case_id = $1', [caseId]))
        .rows[0].n
    const before = await events()
    const reject = await approver.post(`/api/tasks/${taskId}/actions`, { action: 'reject', comment: '不行' })
    expect(reject.status).toBe(409)
    expect(reject.body.code).toBe('task.closed')
    expect(await events()).toBe(before)
  })

  it('When the task never existed, then 404', async () => {
    const approver = await as('approver')
    const res = await approver.post('/api/tasks/t-does-not-exist/actions', { action: 'approve' })
    expect(res.status).toBe(404)
  })

  it('When the caller may not see the handled task, then 404 (no hint that it exists)', async () => {
    const { taskId } = await openTask()
    const approver = await as('approver')
    expect((await approver.post(`/api/tasks/${taskId}/actions`, { action: 'approve' })).status).toBe(200)
    const stranger = await as('countyhead')
    const res = await stranger.post(`/api/tasks/${taskId}/actions`, { action: 'approve' })
    expect(res.status).toBe(404)
  })
})
