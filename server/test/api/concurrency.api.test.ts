import { archiveSuite } from '../support/scenario'

const suite = archiveSuite()
const as = suite.as

describe('Concurrency', () => {
  it('When 50 approvals of one task arrive at once, then exactly one succeeds, 49 get 409, and history has one completion', async () => {
    const clerk = await as('clerk')
    const c = await clerk.post('/api/cases', { matterId: 'archive-lookup', data: { purpose: '并发测试' } })
    expect(c.status).toBe(201)
    const approver = await as('approver')
    const task = (await approver.get(`/api/cases/${c.body.id}`)).body.tasks.find(
      (x: any) => x.status === 'open',
    )
    const results = await Promise.all(
      Array.from({ length: 50 }, () => approver.post(`/api/tasks/${task.id}/actions`, { action: 'approve' })),
    )
    const codes = results.map((r) => r.status)
    expect(codes.filter((s) => s === 200)).toHaveLength(1)
    expect(codes.filter((s) => s === 409)).toHaveLength(49)
    const events = await suite.t.pool.query(
      `SELECT type, count(*)::int AS n FROM case_events WHERE case_id = $1 GROUP BY type`,
      [c.body.id],
    )
    const count = Object.fromEntries(events.rows.map((r) => [r.type, r.n]))
    expect(count['task.completed']).toBe(1)
    expect(count['case.completed'] ?? 0).toBeLessThanOrEqual(1)
    const tasks = await suite.t.pool.query(
      `SELECT status, count(*)::int AS n FROM tasks WHERE case_id = $1 GROUP BY status`,
      [c.body.id],
    )
    expect(tasks.rows).toEqual([{ status: 'completed', n: 1 }])
    const audit = await suite.t.pool.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE target_id = $1 AND action = 'task.approve'`,
      [c.body.id],
    )
    expect(audit.rows[0].n).toBe(1)
    const detail = await clerk.get(`/api/cases/${c.body.id}`)
    expect(detail.body.case.status).toBe('approved')
  })
})
