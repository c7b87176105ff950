import { archiveSuite } from '../support/scenario'

const suite = archiveSuite()
const as = suite.as

describe('站内消息', () => {
  it('When the applicant urges, then the approver has an unread message naming the case, which reads once and is audited', async () => {
    const clerk = await as('clerk')
    const started = await clerk.post('/api/cases', { matterId: 'archive-lookup', data: { purpose: '消息' } })
    expect(started.status).toBe(201)
    const urged = await clerk.post(`/api/cases/${started.body.id}/actions`, {
      action: 'urge',
      comment: '请尽快',
    })
    expect(urged.status).toBe(200)

    const approver = await as('approver')
    const notes = await approver.get('/api/notifications?unread=true&limit=10')
    const urge = notes.body.items.find((n: any) => n.reason === 'urged' && n.caseId === started.body.id)
    expect(urge).toMatchObject({ caseNo: started.body.no, caseTitle: started.body.title, readAt: null })
    expect(urge.message).toContain('办件催办')
    const unread = notes.body.unread

    expect((await approver.post(`/api/notifications/${urge.id}/read`)).status).toBe(204)
    expect((await approver.post(`/api/notifications/${urge.id}/read`)).status).toBe(204)
    const after = await approver.get('/api/notifications?limit=50')
    expect(after.body.unread).toBe(unread - 1)
    expect(after.body.items.find((n: any) => n.id === urge.id).readAt).toEqual(expect.any(String))
    const audit = await suite.t.pool.query(
      `SELECT actor_id FROM audit_log WHERE action = 'notification.read' AND target_id = $1`,
      [String(urge.id)],
    )
    expect(audit.rows).toEqual([{ actor_id: 'p-approver' }])

    // Someone else's message is not found.
    expect((await (await as('clerk2')).post(`/api/notifications/${urge.id}/read`)).status).toBe(404)
  })

  it('When someone marks all read, then none of theirs is unread, others keep theirs, and it is audited once', async () => {
    const approver = await as('approver')
    const clerk = await as('clerk')
    const clerkBefore = (await clerk.get('/api/notifications')).body.unread
    await clerk.post('/api/cases', { matterId: 'archive-lookup', data: { purpose: '再来一件' } })
    expect((await approver.get('/api/notifications')).body.unread).toBeGreaterThan(0)
    const all = await approver.post('/api/notifications/read-all')
    expect(all.status).toBe(200)
    expect(all.body.marked).toBeGreaterThan(0)
    expect((await approver.get('/api/notifications')).body.unread).toBe(0)
    expect((await approver.post('/api/notifications/read-all')).body).toEqual({ marked: 0 })
    expect((await clerk.get('/api/notifications')).body.unread).toBeGreaterThanOrEqual(clerkBefore)
    const audit = await suite.t.pool.query(
      `SELECT data FROM audit_log WHERE action = 'notification.read-all' AND actor_id = 'p-approver'`,
    )
    expect(audit.rows).toEqual([{ data: { marked: all.body.marked } }])
  })
})
