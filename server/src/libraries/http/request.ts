import type { Request } from 'express'
import type { Principal } from '../auth/principal'
import { errors } from '../errors/app-error'
import { requestIdOf } from './request-logger'

declare module 'express-serve-static-core' {
  interface Request {
    /** Set by the authentication middleware when the caller proved who they are. */
    principal?: Principal
    /** How the caller authenticated: the session cookie needs CSRF checks, bearer tokens do not. */
    authVia?: 'cookie' | 'bearer'
    /**
     * Set when the principal came from the cache and the route folds the live session check into
     * its own first query (one round trip less). Any other route runs it before its handler.
     */
    deferredSessionCheck?: DeferredSessionCheck
  }
}

/** A session check a route may fold into its first query instead of a round trip of its own. */
export interface DeferredSessionCheck {
  /** The check as CTEs and select-list expressions (see liveSessionSql), numbered from `first`. */
  sql(first: number): { ctes: string; select: string; args: unknown[] }
  /**
   * Apply the folded check's result: 401 when the session is gone; when the directory changed since
   * the principal was cached, re-read it and return the new one (the route then starts over).
   */
  settle(row: { sessionOk: boolean; directoryVersion: number | string }): Promise<Principal | null>
  /** Run the check on its own (for a route that does not fold it). */
  verify(): Promise<void>
  /**
   * The check as a condition of a statement that writes, numbered from `first`: true only while
   * the session is live and the directory is at the version the principal was cached at, so a
   * write it lets through was allowed to the principal as it is now. `select` gives what
   * `settle` takes, to learn why nothing was written. CTE names and aliases go through `name`
   * (see liveSessionSql).
   */
  guard(
    first: number,
    name?: (base: string) => string,
  ): { ctes: string; where: string; select: string; args: unknown[] }
}

/** The caller, or 401. Routes that declare a permission always have one. */
export function principalOf(req: Request): Principal {
  if (!req.principal) throw errors.unauthenticated()
  return req.principal
}

/** What the audit log records about a request. */
export interface RequestMeta {
  ip: string | null
  requestId: string
}

export function metaOf(req: Request): RequestMeta {
  return { ip: req.ip ?? null, requestId: requestIdOf(req) }
}

/** A path parameter as a string (Express 5 types them loosely). */
export function param(req: Request, name: string): string {
  const value = (req.params as Record<string, unknown>)[name]
  if (typeof value !== 'string' || value === '')
    throw errors.badRequest(`缺少路径参数 ${name}`, `Missing path parameter ${name}`)
  return value
}

/** A query parameter as a trimmed string, or undefined. */
export function queryString(req: Request, name: string): string | undefined {
  const value = (req.query as Record<string, unknown>)[name]
  if (typeof value !== 'string') return undefined
  const trimmed = value.trim()
  return trimmed === '' ? undefined : trimmed
}

/** A positive integer query parameter within bounds, or the default. */
export function queryInt(
  req: Request,
  name: string,
  fallback: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  const raw = queryString(req, name)
  if (raw === undefined) return fallback
  if (!/^\d+$/.test(raw))
    throw errors.validation([
      {
        path: `/query/${name}`,
        code: 'query.integer',
        message: `${name} 必须是非负整数`,
        messageEn: `${name} must be a non-negative integer`,
      },
    ])
  return Math.min(Number(raw), max)
}
