import type { IncomingMessage, ServerResponse } from 'node:http'
import type { RequestHandler } from 'express'
import helmet from 'helmet'

/**
 * helmet's headers, worked out once: with a static configuration helmet sets the same headers on
 * every response, through a chain of thirteen middlewares. Here they are recorded at start-up by
 * running helmet against a recording response, then set in one loop (same names, same values).
 */
export function securityHeaders(options?: Parameters<typeof helmet>[0]): RequestHandler {
  const set: Array<[string, string]> = []
  const removed: string[] = []
  const recorder = {
    setHeader(name: string, value: unknown) {
      set.push([name, String(value)])
      return recorder
    },
    removeHeader(name: string) {
      removed.push(name)
    },
  }
  let synchronous = false
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (err?: unknown) => {
    if (err) throw err
    synchronous = true
  })
  if (!synchronous) throw new Error('helmet did not finish synchronously: its headers are not static')
  return (_req, res, next) => {
    for (const name of removed) res.removeHeader(name)
    for (const [name, value] of set) res.setHeader(name, value)
    next()
  }
}
