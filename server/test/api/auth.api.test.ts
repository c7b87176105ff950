import { PASSWORD, seedDirectory } from '../support/fixtures'
import { startTestApp, type TestApp } from '../support/test-app'

let t: TestApp
beforeAll(async () => {
  t = await startTestApp({ lockoutThreshold: 3 })
  await seedDirectory(t.pool)
})
afterAll(async () => {
  await t?.close()
})

describe('Login', () => {
  it('When the password is right, then an httpOnly session cookie and a CSRF token come back', async () => {
    const c = t.client()
    const res = await c.login('clerk', PASSWORD)
    expect(res.status).toBe(200)
    const cookies = res.headers.getSetCookie()
    expect(cookies.find((x) => x.startsWith('tb_session='))).toMatch(/HttpOnly/)
    expect(cookies.find((x) => x.startsWith('tb_csrf='))).not.toMatch(/HttpOnly/)
    expect(res.body.csrfToken).toBeTruthy()
    const me = await c.get('/api/me')
    expect(me.status).toBe(200)
    expect(me.body).toMatchObject({
      username: 'clerk',
      roles: ['clerk'],
      primaryOrgId: 'hr',
      regionIds: ['city'],
    })
    expect(me.body.permissions).toContain('cases:create')
    expect(me.body.permissions).not.toContain('matters:write')
  })

  it('When the password is wrong or the user unknown, then 401 with the same message', async () => {
    const wrong = await t.client().login('clerk2', 'nope-nope-nope')
    const unknown = await t.client().login('ghost', 'nope-nope-nope')
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(401)
    expect(wrong.body.message).toBe(unknown.body.message)
    expect(wrong.body.code).toBe('invalid-credentials')
  })

  it('When the password is wrong too often, then the account locks even for the right password', async () => {
    for (let i = 0; i < 3; i++)
      expect((await t.client().login('approver2', 'Wrong-Passw0rd!')).status).toBe(401)
    const locked = await t.client().login('approver2', PASSWORD)
    expect(locked.status).toBe(423)
    expect(locked.body.code).toBe('account-locked')
    const { rows } = await t.pool.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'auth.login' AND actor_id = 'p-approver2' AND outcome = 'failure'`,
    )
    expect(rows[0].n).toBe(4)
    // The lock ends when its time has passed.
    await t.pool.query(
      `UPDATE credentials SET locked_until = now() - interval '1 second' WHERE person_id = 'p-approver2'`,
    )
    expect((await t.client().login('approver2', PASSWORD)).status).toBe(200)
  })

  it('When there is no session, then protected routes answer 401', async () => {
    const res = await t.client().get('/api/me')
    expect(res.status).toBe(401)
    expect(res.body.code).toBe('unauthenticated')
  })
})

describe('CSRF and logout', () => {
  it('When a cookie session posts without the CSRF header, then 403; with it, logout works and the session ends', async () => {
    const c = t.client()
    await c.login('designer', PASSWORD)
    const noHeader = await c.post('/api/auth/logout', undefined, { 'x-csrf-token': '' })
    expect(noHeader.status).toBe(403)
    expect(noHeader.body.code).toBe('csrf-failed')
    const forged = await c.post('/api/auth/logout', undefined, { 'x-csrf-token': 'forged-token-value' })
    expect(forged.status).toBe(403)
    const out = await c.post('/api/auth/logout')
    expect(out.status).toBe(204)
    expect((await c.get('/api/me')).status).toBe(401)
  })

  it('When the session has been idle too long, then it has expired', async () => {
    const c = t.client()
    await c.login('auditor', PASSWORD)
    await t.pool.query(
      `UPDATE sessions SET last_seen_at = now() - interval '2 hours' WHERE person_id = 'p-auditor'`,
    )
    const res = await c.get('/api/me')
    expect(res.status).toBe(401)
    expect(res.body.code).toBe('session-expired')
  })
})

describe('Passwords', () => {
  it('When a new password breaks the policy, then 422 names the field and the rules', async () => {
    const c = t.client()
    await c.login('countyhead', PASSWORD)
    const res = await c.post('/api/me/password', { currentPassword: PASSWORD, newPassword: 'short' })
    expect(res.status).toBe(422)
    expect(res.body.details.errors.map((e: any) => [e.path, e.code])).toEqual([
      ['/body/newPassword', 'password.too-short'],
      ['/body/newPassword', 'password.too-simple'],
    ])
    const ok = await c.post('/api/me/password', {
      currentPassword: PASSWORD,
      newPassword: 'Another-Passw0rd!',
    })
    expect(ok.status).toBe(204)
    expect((await t.client().login('countyhead', PASSWORD)).status).toBe(401)
    expect((await t.client().login('countyhead', 'Another-Passw0rd!')).status).toBe(200)
  })
})

describe('API keys', () => {
  it('When an admin creates a scoped key, then another system can use it as a bearer token until revoked', async () => {
    const admin = t.client()
    await admin.login('admin', PASSWORD)
    const created = await admin.post('/api/api-keys', { name: 'oa-system', scopes: ['directory:read'] })
    expect(created.status).toBe(201)
    expect(created.body.token).toMatch(/^tbk_/)
    const system = t.client()
    system.bearer = created.body.token
    expect((await system.get('/api/directory')).status).toBe(200)
    expect((await system.get('/api/audit')).status).toBe(403)
    const listed = await admin.get('/api/api-keys')
    expect(JSON.stringify(listed.body)).not.toContain(created.body.token.split('.')[1])
    expect((await admin.delete(`/api/api-keys/${created.body.id}`)).status).toBe(204)
    expect((await system.get('/api/directory')).status).toBe(401)
  })

  it('When a bearer token is malformed, then 401', async () => {
    const c = t.client()
    c.bearer = 'tbk_nothing.here'
    expect((await c.get('/api/me')).status).toBe(401)
  })
})

describe('Login rate limit', () => {
  it('When one address tries too often, then 429', async () => {
    const limited = await startTestApp({ loginRateLimitPerMinute: 3 })
    try {
      const codes: number[] = []
      for (let i = 0; i < 4; i++) codes.push((await limited.client().login('nobody', 'x')).status)
      expect(codes).toEqual([401, 401, 401, 429])
    } finally {
      await limited.close()
    }
  })
})
