import { archiveSuite } from '../support/scenario'

const suite = archiveSuite()
const as = suite.as

describe('Cases and tasks', () => {
  it('When a clerk submits and the archivist approves, then the case completes with a timeline', async () => {
    const clerk = await as('clerk')
    const started = await clerk.post('/api/cases', {
      matterId: 'archive-lookup',
      data: { purpose: '核对干部档案', copies: 2 },
    })
    expect(started.status).toBe(201)
    expect(started.body).toMatchObject({
      matterId: 'archive-lookup',
      matterVersion: 1,
      status: 'in-progress',
      currentNodeIds: ['review'],
      applicantId: 'p-clerk',
    })
    expect(started.body.no).toMatch(/^LS-DA-001-\d{8}-\d{6}$/)

    const approver = await as('approver')
    const inbox = await approver.get('/api/tasks?box=todo')
    expect(inbox.status).toBe(200)
    expect(inbox.body.total).toBe(1)
    const taskId = inbox.body.items[0].task.id
    expect(inbox.body.items[0].case.id).toBe(started.body.id)

    const notes = await approver.get('/api/notifications?unread=true')
    expect(notes.body.unread).toBeGreaterThan(0)
    expect(notes.body.items[0]).toMatchObject({ caseId: started.body.id, reason: 'task-assigned' })
    expect((await approver.post(`/api/notifications/${notes.body.items[0].id}/read`)).status).toBe(204)
    const acted = await approver.post(`/api/tasks/${taskId}/actions`, { action: 'approve', comment: '同意' })
    expect(acted.status).toBe(200)
    expect(acted.body.status).toBe('approved')

    const detail = await clerk.get(`/api/cases/${started.body.id}`)
    expect(detail.status).toBe(200)
    expect(detail.body.case.status).toBe('approved')
    expect(detail.body.timeline.map((e: any) => e.type)).toEqual(
      expect.arrayContaining(['case.created', 'case.submitted', 'task.created', 'task.completed']),
    )
    expect(detail.body.flow.nodes.map((n: any) => n.id)).toEqual(['start', 'review', 'end'])
    expect((await approver.get('/api/tasks?box=done')).body.total).toBe(1)
    expect((await clerk.get('/api/tasks?box=started')).body.total).toBe(1)
    expect(await approver.get('/api/tasks/counts').then((r) => r.body)).toMatchObject({ todo: 0, done: 1 })
  })

  it('When the data breaks the form rules, then 422 names each field', async () => {
    const clerk = await as('clerk')
    const res = await clerk.post('/api/cases', {
      matterId: 'archive-lookup',
      data: { copies: 99, extra: 'x' },
    })
    expect(res.status).toBe(422)
    const got = res.body.details.errors.map((e: any) => `${e.path}:${e.code}`).sort()
    expect(got).toEqual(expect.arrayContaining(['/data/purpose:required', '/data/extra:unknown-field']))
  })

  it('When a clerk saves a draft and submits it later, then it runs from submission', async () => {
    const clerk = await as('clerk')
    const draft = await clerk.post('/api/cases', { matterId: 'archive-lookup', data: {}, submit: false })
    expect(draft.status).toBe(201)
    expect(draft.body.status).toBe('draft')
    const incomplete = await clerk.post(`/api/cases/${draft.body.id}/actions`, { action: 'submit' })
    expect(incomplete.status).toBe(422)
    const submitted = await clerk.post(`/api/cases/${draft.body.id}/actions`, {
      action: 'submit',
      data: { purpose: '调阅' },
    })
    expect(submitted.status).toBe(200)
    expect(submitted.body.status).toBe('in-progress')
  })

  it('When a task action repeats with the same Idempotency-Key, then the stored response is replayed', async () => {
    const clerk = await as('clerk')
    const c = await clerk.post('/api/cases', { matterId: 'archive-lookup', data: { purpose: '幂等' } })
    const approver = await as('approver')
    const task = (await approver.get(`/api/cases/${c.body.id}`)).body.tasks.find(
      (x: any) => x.status === 'open',
    )
    const headers = { 'idempotency-key': 'approve-once-0001' }
    const first = await approver.post(`/api/tasks/${task.id}/actions`, { action: 'approve' }, headers)
    const again = await approver.post(`/api/tasks/${task.id}/actions`, { action: 'approve' }, headers)
    expect(first.status).toBe(200)
    expect(again.status).toBe(200)
    expect(again.body).toEqual(first.body)
    const other = await approver.post(`/api/tasks/${task.id}/actions`, { action: 'reject' }, headers)
    expect(other.status).toBe(422)
    expect(other.body.code).toBe('idempotency.key-reused')
    const { rows } = await suite.t.pool.query(
      `SELECT count(*)::int AS n FROM case_events WHERE case_id = $1 AND type = 'task.completed'`,
      [c.body.id],
    )
    expect(rows[0].n).toBe(1)
  })
})
