import { migrate } from '../../src/libraries/db'
import { startTestApp, type TestApp } from '../support/test-app'

let t: TestApp
beforeAll(async () => {
  t = await startTestApp()
})
afterAll(async () => {
  await t?.close()
})

describe('When the server runs', () => {
  it('then /healthz reports the database', async () => {
    const res = await t.client().get('/healthz')
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ status: 'ok', database: 'ok' })
    expect(res.headers.get('x-request-id')).toBeTruthy()
  })

  it('then security headers are set and x-powered-by is not', async () => {
    const res = await t.client().get('/healthz')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(res.headers.get('x-powered-by')).toBeNull()
  })

  it('then /metrics exposes Prometheus metrics', async () => {
    await t.client().get('/healthz')
    const res = await t.client().get('/metrics')
    expect(res.status).toBe(200)
    expect(String(res.body)).toContain('tongban_http_request_duration_seconds')
  })

  it('then the OpenAPI 3.1 document lists every route with its permission', async () => {
    const res = await t.client().get('/api/openapi.json')
    expect(res.status).toBe(200)
    expect(res.body.openapi).toBe('3.1.0')
    expect(res.body.paths['/api/auth/login'].post['x-permission']).toBe('public')
    expect(res.body.paths['/api/auth/login'].post.requestBody).toBeDefined()
    for (const def of t.app.routes) {
      const p = def.path.replace(/:([A-Za-z_]+)/g, '{$1}')
      expect(res.body.paths[p]?.[def.method]).toBeDefined()
    }
  })

  it('then the interactive reference is served locally', async () => {
    const page = await t.client().get('/api/docs')
    expect(page.status).toBe(200)
    expect(String(page.body)).toContain('/api/docs/assets/swagger-ui-bundle.js')
    const asset = await fetch(t.baseUrl + '/api/docs/assets/swagger-ui-bundle.js')
    expect(asset.status).toBe(200)
  })

  it('then unknown API routes, bad JSON and oversized bodies share the error shape', async () => {
    const c = t.client()
    const missing = await c.get('/api/nothing-here')
    expect(missing.status).toBe(404)
    expect(missing.body).toMatchObject({
      code: 'not-found',
      message: expect.any(String),
      details: expect.any(Object),
    })
    const bad = await fetch(t.baseUrl + '/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{nope',
    })
    expect(bad.status).toBe(400)
    expect(await bad.json()).toMatchObject({ code: 'bad-json' })
    const big = await c.post('/api/auth/login', { username: 'x', password: 'y'.repeat(10_000) })
    expect(big.status).toBe(413)
    expect(big.body.code).toBe('payload-too-large')
  })

  it('then the audit log refuses UPDATE and DELETE', async () => {
    await t.pool.query(`INSERT INTO audit_log (actor_kind, action) VALUES ('system', 'test.probe')`)
    await expect(t.pool.query(`UPDATE audit_log SET action = 'x'`)).rejects.toThrow(/append-only/)
    await expect(t.pool.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/)
    await expect(t.pool.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/)
  })

  it('then migrations run once even when several instances start together', async () => {
    const results = await Promise.all([migrate(t.pool), migrate(t.pool), migrate(t.pool)])
    expect(results.every((r) => r.applied.length === 0)).toBe(true)
  })
})
