import type { IncomingMessage, ServerResponse } from 'node:http'
import helmet from 'helmet'
import { securityHeaders } from './security-headers'

function record(run: (res: ServerResponse) => void): Array<[string, string | null]> {
  const seen: Array<[string, string | null]> = []
  run({
    setHeader: (n: string, v: unknown) => void seen.push([n.toLowerCase(), String(v)]),
    removeHeader: (n: string) => void seen.push([n.toLowerCase(), null]),
  } as unknown as ServerResponse)
  return seen
}

describe('securityHeaders', () => {
  it('sets exactly the headers helmet sets', () => {
    const req = {} as IncomingMessage
    const fromHelmet = record((res) => helmet()(req, res, () => undefined))
    const ours = record((res) => securityHeaders()(req as never, res as never, () => undefined))
    const sort = (a: Array<[string, string | null]>) => [...a].sort((x, y) => x[0].localeCompare(y[0]))
    expect(sort(ours)).toEqual(sort(fromHelmet))
    expect(ours.map(([n]) => n)).toEqual(
      expect.arrayContaining(['content-security-policy', 'x-content-type-options']),
    )
  })
})
