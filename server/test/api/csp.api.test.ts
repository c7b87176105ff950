import { startTestApp, type TestApp } from '../support/test-app'

let t: TestApp
beforeAll(async () => {
  t = await startTestApp()
})
afterAll(async () => {
  await t?.close()
})

const scriptSrc = async (path: string) => {
  const res = await fetch(t.baseUrl + path)
  const csp = res.headers.get('content-security-policy') ?? ''
  return csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? ''
}

describe('Content-Security-Policy', () => {
  it('When the API or the workbench is served, then scripts may only come from the platform itself', async () => {
    expect(await scriptSrc('/healthz')).toMatch(/script-src 'self'$/)
    expect(await scriptSrc('/')).not.toContain('unsafe-eval')
  })

  it('When the designer is served, then only its pages allow the validator compilation Ajv needs', async () => {
    expect(await scriptSrc('/designer/')).toContain("'unsafe-eval'")
    expect(await scriptSrc('/designer')).toContain("'unsafe-eval'")
    expect(await scriptSrc('/designers-are-not-the-designer')).not.toContain('unsafe-eval')
  })
})
