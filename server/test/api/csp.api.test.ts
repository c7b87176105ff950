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

  const scriptSrc = async (urlPath: string) => {
    const res = await fetch(t.baseUrl + urlPath)
    const csp = res.headers.get('content-security-policy') ?? ''
    return csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? ''
  }

  it('When the API or the workbench is served, then scripts may only come from the platform itself', async () => {
    expect(await scriptSrc('/healthz')).toMatch(/script-src 'self'$/)
    expect(await scriptSrc('/')).toMatch(/script-src 'self'$/)
  })

  it('When the designer is served, then only its pages allow the validator compilation Ajv needs', async () => {
    expect(await scriptSrc('/designer/')).toContain("'unsafe-eval'")
    expect(await scriptSrc('/designer')).toContain("'unsafe-eval'")
    expect(await scriptSrc('/designers-are-not-the-designer')).not.toContain('unsafe-eval')
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
