import { archiveSuite } from '../support/scenario'

const suite = archiveSuite()
const as = suite.as

// The server caches a session's principal, but every request still checks the session row and the
// directory version: revocations and directory changes made anywhere (another instance, straight
// in the database) apply to the very next request, on the cached path and on the folded one.

async function openTask(): Promise<string> {
  const clerk = await as('clerk')
  const c = await clerk.post('/api/cases', { matterId: 'archive-lookup', data: { purpose: '会话缓存测试' } })
  expect(c.status).toBe(201)
  const { rows } = await suite.t.pool.query(`SELECT id FROM tasks WHERE case_id = $1 AND status = 'open'`, [
    c.body.id,
  ])
  return rows[0].id
}

/** Revoke every live session of a person the way another instance would: in the database only. */
async function revokeElsewhere(personId: string): Promise<void> {
  await suite.t.pool.query(
    'UPDATE sessions SET revoked_at = now() WHERE person_id = $1 AND revoked_at IS NULL',
    [personId],
  )
}

describe('Cached session principals', () => {
  it('When a cached session is revoked elsewhere, then the next task action is 401 and nothing is written', async () => {
    const taskId = await openTask()
    const approver = await as('approver')
    expect((await approver.get('/api/me')).status).toBe(200) // principal now cached
    await revokeElsewhere('p-approver')
    const res = await approver.post(`/api/tasks/${taskId}/actions`, { action: 'approve' })
    expect(res.status).toBe(401)
    expect(res.body.code).toBe('session-expired')
    const { rows } = await suite.t.pool.query('SELECT status FROM tasks WHERE id = $1', [taskId])
    expect(rows[0].status).toBe('open')
  })

  it('When a cached session is revoked elsewhere, then other routes answer 401 too', async () => {
    const clerk = await as('clerk')
    expect((await clerk.get('/api/me')).status).toBe(200)
    await revokeElsewhere('p-clerk')
    expect((await clerk.get('/api/me')).status).toBe(401)
    expect((await clerk.get('/api/tasks?box=started')).status).toBe(401)
  })

  it('When the session idles past the limit, then the cached principal no longer serves it', async () => {
    const approver = await as('approver')
    expect((await approver.get('/api/me')).status).toBe(200)
    await suite.t.pool.query(
      `UPDATE sessions SET last_seen_at = now() - interval '1 day' WHERE person_id = 'p-approver' AND revoked_at IS NULL`,
    )
    expect((await approver.get('/api/me')).status).toBe(401)
  })

  it('When the person loses a role, then the next request sees it (cached path and folded path)', async () => {
    const taskId = await openTask()
    const approver = await as('approver')
    expect((await approver.get('/api/me')).body.roles).toContain('approver')
    await suite.t.pool.query(`UPDATE people SET roles = '{}' WHERE id = 'p-approver'`)
    try {
      const res = await approver.post(`/api/tasks/${taskId}/actions`, { action: 'approve' })
      expect(res.status).toBe(403)
      expect((await approver.get('/api/me')).body.roles).toEqual([])
    } finally {
      await suite.t.pool.query(`UPDATE people SET roles = '{approver}' WHERE id = 'p-approver'`)
    }
    const back = await approver.post(`/api/tasks/${taskId}/actions`, { action: 'approve' })
    expect(back.status).toBe(200)
  })

  it('When a person is deactivated, then their cached session stops at once', async () => {
    const clerk2 = await as('clerk2')
    expect((await clerk2.get('/api/me')).status).toBe(200)
    await suite.t.pool.query(`UPDATE people SET status = 'inactive' WHERE id = 'p-clerk2'`)
    try {
      expect((await clerk2.get('/api/me')).status).toBe(401)
    } finally {
      await suite.t.pool.query(`UPDATE people SET status = 'active' WHERE id = 'p-clerk2'`)
    }
  })

  it('When the client logs out, then the same cookie cannot act any more', async () => {
    const taskId = await openTask()
    const approver = await as('approver')
    const cookie = approver.cookieHeader()
    const csrf = approver.csrf as string
    expect((await approver.post('/api/auth/logout', {})).status).toBeLessThan(300)
    const res = await fetch(`${suite.t.baseUrl}/api/tasks/${taskId}/actions`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'approve' }),
    })
    expect(res.status).toBe(401)
  })
})
