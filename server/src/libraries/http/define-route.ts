import express, { type Request, type RequestHandler, type Response, type Router } from 'express'
import type { TSchema } from '@sinclair/typebox'
import { validateAgainst } from '@tongban/schemas'
import { can } from '../auth/principal'
import type { RouteAccess } from '../auth/permissions'
import { errors, fromIssues } from '../errors/app-error'
import { sendWriteJson } from './send-json'

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete'

/**
 * One API route: what it does, who may call it, what it accepts. The same definition mounts the
 * route, checks access and the body, and describes the route in the OpenAPI document.
 */
export interface RouteDefinition {
  method: HttpMethod
  /** Express path, e.g. `/api/matters/:id`. */
  path: string
  /** Simplified Chinese first, then English. */
  summary: string
  tag: string
  access: RouteAccess
  /** Request body schema (TypeBox); validated before the handler runs. */
  body?: TSchema
  /** Name of the body schema in `components.schemas`. */
  bodyName?: string
  /** A non-JSON request body (e.g. multipart), documented only: the handler reads the stream itself. */
  bodyDoc?: { contentType: string; schema: TSchema; name?: string }
  /** Query parameters, documented only. */
  query?: Array<{ name: string; description: string; enum?: string[] }>
  /** Status code of success and a description of the response. */
  success?: { status: number; description: string; schema?: TSchema; schemaName?: string }
  /** Body size limit for this route (default: the app's JSON limit). */
  bodyLimit?: number
  /**
   * The handler checks the session itself, folded into its first query, when the principal came
   * from the cache (`req.deferredSessionCheck`). Every other route has it checked before it runs.
   */
  foldsSessionCheck?: boolean
  /** Extra middleware before the handler (e.g. a rate limit or a raw body parser). */
  before?: RequestHandler[]
  /** Returns the JSON body of the success response, or handles `res` itself and returns undefined. */
  handler: (req: Request, res: Response) => Promise<unknown> | unknown
}

/** Helper for typing route tables. */
export function defineRoute(def: RouteDefinition): RouteDefinition {
  return def
}

/**
 * Mount route definitions on a router, each with its access check and body validation. Routes
 * under `/api/<area>` are grouped on one sub-router per area, so a request is matched against its
 * area's few routes instead of all seventy (routing was a tenth of a task action's server CPU).
 */
export function mountRoutes(
  router: Router,
  defs: readonly RouteDefinition[],
  defaultJsonLimit: number,
): void {
  const areas = new Map<string, Router>()
  for (const def of defs) {
    const area = /^\/api\/[A-Za-z0-9_-]+(?=\/|$)/.exec(def.path)?.[0]
    if (!area) {
      mountRoute(router, def, def.path, defaultJsonLimit)
      continue
    }
    let sub = areas.get(area)
    if (!sub) {
      sub = express.Router()
      areas.set(area, sub)
      router.use(area, sub)
    }
    mountRoute(sub, def, def.path.slice(area.length) || '/', defaultJsonLimit)
  }
}

function mountRoute(router: Router, def: RouteDefinition, path: string, defaultJsonLimit: number): void {
  const parser = express.json({ limit: def.bodyLimit ?? defaultJsonLimit })
  const chain: RequestHandler[] = [checkAccess(def.access), ...(def.before ?? [])]
  if (!def.foldsSessionCheck) chain.unshift(verifyDeferredSession)
  if (def.method !== 'get' && def.method !== 'delete') chain.push(parser)
  if (def.body) chain.push(validateBody(def.body))
  chain.push(async (req, res) => {
    const result = await def.handler(req, res)
    if (res.headersSent) return
    if (result === undefined) res.status(def.success?.status ?? 204).end()
    else if (def.method === 'get') res.status(def.success?.status ?? 200).json(result)
    else sendWriteJson(res, def.success?.status ?? 200, result)
  })
  router[def.method](path, ...chain)
}

// helpers

/** A session check deferred by authentication runs here for routes that do not fold it. */
const verifyDeferredSession: RequestHandler = (req, _res, next) => {
  const check = req.deferredSessionCheck
  if (!check) return next()
  check.verify().then(() => next(), next)
}

function checkAccess(access: RouteAccess): RequestHandler {
  return (req, _res, next) => {
    const decide = () => {
      if (access === 'public') return next()
      if (!req.principal) return next(errors.unauthenticated())
      if (access !== 'authenticated' && !can(req.principal, access)) return next(errors.forbidden(access))
      next()
    }
    // A cached principal may be out of date: refuse only once the session check confirmed it.
    const check = req.deferredSessionCheck
    const refused =
      access !== 'public' && access !== 'authenticated' && req.principal && !can(req.principal, access)
    if (check && refused) return void check.verify().then(decide, next)
    decide()
  }
}

function validateBody(schema: TSchema): RequestHandler {
  return (req, _res, next) => {
    const result = validateAgainst(schema, req.body ?? {})
    if (!result.ok) return next(errors.validation(fromIssues(result.issues, '/body')))
    next()
  }
}
