import os from 'node:os'
import path from 'node:path'
import { startTestApp, type TestApp } from '../support/test-app'

// The policy must not depend on whether the web apps were built: CI runs the server suite on a clean
// clone before any `npm run build`, while `npm start` serves built apps.
describe.each([
  ['built apps', {}],
  [
    'apps not built',
    {
      designerDist: path.join(os.tmpdir(), 'tongban-no-designer-build'),
      workbenchDist: path.join(os.tmpdir(), 'tongban-no-workbench-build'),
    },
  ],
])('Content-Security-Policy (%s)', (_label, overrides) => {
  let t: TestApp
  beforeAll(async () => {
    t = await startTestApp(overrides)
  })
  afterAll(async () => {
    await t?.close()
  })

  const policy = async (urlPath: string) =>
    (await fetch(t.baseUrl + urlPath)).headers.get('content-security-policy') ?? ''
  const scriptSrc = async (urlPath: string) =>
    (await policy(urlPath)).split(';').find((d) => d.trim().startsWith('script-src')) ?? ''

  // every kind of page the server answers: API, workbench (and its client routes), designer (and its client routes), assets
  const pages = ['/healthz', '/api/openapi.json', '/', '/inbox', '/designer', '/designer/', '/designer/matters/x/flow', '/designer/assets/none.js', '/designers-are-not-the-designer']

  it('When the API or the workbench is served, then scripts may only come from the platform itself', async () => {
    expect(await scriptSrc('/healthz')).toMatch(/script-src 'self'$/)
    expect(await scriptSrc('/')).toMatch(/script-src 'self'$/)
  })

  it('When the designer is served, then it gets the same strict script policy (its validators are precompiled)', async () => {
    expect(await scriptSrc('/designer/')).toMatch(/script-src 'self'$/)
    expect(await scriptSrc('/designer')).toMatch(/script-src 'self'$/)
  })

  it('When any page is served, then no page allows eval (no unsafe-eval, no unsafe-inline scripts)', async () => {
    for (const page of pages) {
      const csp = await policy(page)
      expect({ page, csp }).toEqual({ page, csp: expect.stringContaining("script-src 'self'") })
      expect({ page, csp }).toEqual({ page, csp: expect.not.stringContaining('unsafe-eval') })
      expect({ page, script: await scriptSrc(page) }).toEqual({ page, script: expect.not.stringContaining('unsafe-inline') })
    }
  })
})

it('When the apps were never built, then their pages say how to build them instead of a bare 404', async () => {
  const t = await startTestApp({
    designerDist: path.join(os.tmpdir(), 'tongban-no-designer-build'),
    workbenchDist: path.join(os.tmpdir(), 'tongban-no-workbench-build'),
  })
  try {
    const res = await fetch(t.baseUrl + '/designer/matters')
    expect(res.status).toBe(503)
    expect(await res.text()).toContain('npm run build')
    const api = await fetch(t.baseUrl + '/api/no-such-route')
    expect(api.status).toBe(404)
  } finally {
    await t.close()
  }
})
