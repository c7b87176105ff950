import pg from 'pg'
import { startChildServer, type ChildServer } from '../support/child-process'
import { seedDirectory } from '../support/fixtures'
import { startOidcStub } from '../support/oidc-stub'
import { createTestDatabase, type TestDatabase } from '../support/test-db'
import { createPool, migrate } from '../../src/libraries/db'
import { migrateQueue } from '../../src/libraries/queue/queue'

// openid-client is ESM-only: the server runs in its own process (as in production), the IdP stub here.
let db: TestDatabase
let server: ChildServer
let stub: { issuer: string; close(): Promise<void> }

beforeAll(async () => {
  db = await createTestDatabase()
  const pool = createPool(db.url, 2)
  await migrate(pool, { extra: () => migrateQueue(pool) })
  await seedDirectory(pool)
  await pool.end()
  stub = await startOidcStub('approver', 'tongban')
  // The redirect URI names the server's own port, which we learn only after start: use a fixed
  // placeholder host and rewrite the callback below.
  server = await startChildServer({
    DATABASE_URL: db.url,
    RUN_WORKER: 'false',
    OIDC_ISSUER: stub.issuer,
    OIDC_CLIENT_ID: 'tongban',
    OIDC_CLIENT_SECRET: 'stub-secret',
    OIDC_REDIRECT_URI: 'http://127.0.0.1/api/auth/oidc/callback',
  })
}, 120_000)

afterAll(async () => {
  await server?.stop()
  await stub?.close()
  await db?.drop()
})

describe('OIDC single sign-on', () => {
  it('When the identity provider vouches for a username, then that person gets a session', async () => {
    const start = await fetch(`${server.baseUrl}/api/auth/oidc/login`, { redirect: 'manual' })
    expect(start.status).toBe(302)
    const pendingCookie = start.headers
      .getSetCookie()
      .find((c) => c.startsWith('tb_oidc='))
      ?.split(';')[0]
    expect(pendingCookie).toBeTruthy()
    const authorize = await fetch(start.headers.get('location') ?? '', { redirect: 'manual' })
    expect(authorize.status).toBe(302)
    const callback = new URL(authorize.headers.get('location') ?? '')
    const done = await fetch(`${server.baseUrl}${callback.pathname}${callback.search}`, {
      redirect: 'manual',
      headers: { cookie: pendingCookie ?? '' },
    })
    expect(done.status).toBe(302)
    const session = done.headers
      .getSetCookie()
      .find((c) => c.startsWith('tb_session='))
      ?.split(';')[0]
    expect(session).toBeTruthy()
    const me = await fetch(`${server.baseUrl}/api/me`, { headers: { cookie: session ?? '' } })
    expect(me.status).toBe(200)
    expect(await me.json()).toMatchObject({ username: 'approver', personId: 'p-approver' })
    const c = new pg.Client({ connectionString: db.url })
    await c.connect()
    const { rows } = await c.query(
      `SELECT data FROM audit_log WHERE action = 'auth.login' AND actor_id = 'p-approver' ORDER BY id DESC LIMIT 1`,
    )
    await c.end()
    expect(rows[0].data).toMatchObject({ via: 'oidc' })
  })

  it('When the callback is replayed without the pending cookie, then it is refused', async () => {
    const res = await fetch(`${server.baseUrl}/api/auth/oidc/callback?code=x&state=y`, { redirect: 'manual' })
    expect(res.status).toBe(400)
  })
})
