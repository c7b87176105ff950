import type { Request } from 'express'
import type { Principal } from '../auth/principal'
import { errors } from '../errors/app-error'

declare module 'express-serve-static-core' {
  interface Request {
    /** Set by the authentication middleware when the caller proved who they are. */
    principal?: Principal
    /** How the caller authenticated: the session cookie needs CSRF checks, bearer tokens do not. */
    authVia?: 'cookie' | 'bearer'
  }
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
  return { ip: req.ip ?? null, requestId: String(req.id ?? '') }
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
