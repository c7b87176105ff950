import type { Request, RequestHandler } from 'express'
import type { Config } from '../../../../config'
import type { Pool } from '../../../../libraries/db'
import { AppError } from '../../../../libraries/errors/app-error'
import { isPermission } from '../../../../libraries/auth/permissions'
import type { Principal } from '../../../../libraries/auth/principal'
import type { DeferredSessionCheck } from '../../../../libraries/http/request'
import { findActiveApiKey, touchApiKey } from '../../data-access/api-key-repository'
import { loadPersonPrincipal } from '../../data-access/principal-repository'
import { checkSession, liveSessionSql, loadSessionPrincipal } from '../../data-access/session-principal'
import { PrincipalCache } from '../../domain/principal-cache'
import { parseApiKey, safeEqual, sha256 } from '../../domain/tokens'
import { CSRF_HEADER, SESSION_COOKIE } from './cookies'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Find out who calls: a bearer API key, or the session cookie. Unsafe requests on a cookie session
 * must carry the session's CSRF token in `X-CSRF-Token` (double submit; the token is also bound to
 * the session row). Missing credentials leave `req.principal` unset; routes decide whether that is
 * allowed. Bad or expired credentials are 401.
 */
export function authenticate(deps: { pool: Pool; config: Config }): RequestHandler {
  const { pool, config } = deps
  const sessions = new PrincipalCache()
  return async (req, _res, next) => {
    try {
      const header = req.headers.authorization
      if (header?.startsWith('Bearer ')) {
        req.principal = await fromApiKey(pool, header.slice(7).trim())
        req.authVia = 'bearer'
        return next()
      }
      const token = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE]
      if (!token) return next()
      const sessionId = sha256(token)
      const idle = config.sessionIdleMinutes
      // A login request with a dead session is not an error: the user is logging in again.
      const expired = () => {
        sessions.delete(sessionId)
        if (req.path === '/api/auth/login') return true
        throw sessionExpired()
      }
      const reload = async () => {
        const session = await loadSessionPrincipal(pool, sessionId, idle)
        if (session) sessions.set(sessionId, session)
        return session
      }
      let cached = sessions.get(sessionId)
      if (!cached) {
        const loaded = await reload()
        if (!loaded && expired()) return next()
        cached = sessions.get(sessionId)
      } else if (!deferrable(req)) {
        const live = await checkSession(pool, sessionId, idle)
        if (!live.sessionOk && expired()) return next()
        if (live.directoryVersion !== cached.directoryVersion && !(await reload()) && expired()) return next()
        cached = sessions.get(sessionId)
      } else {
        // The route checks the session in its own first query (see DeferredSessionCheck).
        const cachedVersion = cached.directoryVersion
        const check: DeferredSessionCheck = {
          sql: (first) => ({ ...liveSessionSql(first), args: [sessionId, idle] }),
          settle: async (row) => {
            delete req.deferredSessionCheck
            if (!row.sessionOk) {
              sessions.delete(sessionId)
              throw sessionExpired()
            }
            if (Number(row.directoryVersion) === cachedVersion) return null
            const fresh = await reload()
            if (!fresh) throw sessionExpired()
            req.principal = fresh.principal
            return fresh.principal
          },
          verify: async () => {
            const live = await checkSession(pool, sessionId, idle)
            await check.settle(live)
          },
          guard: (first, name = (base) => base) => ({
            ...liveSessionSql(first, name),
            where: `EXISTS (SELECT 1 FROM ${name('live_s')}) AND (SELECT v FROM directory_version) = $${first + 2}::bigint`,
            args: [sessionId, idle, cachedVersion],
          }),
        }
        req.deferredSessionCheck = check
      }
      if (!cached) throw sessionExpired()
      if (!SAFE_METHODS.has(req.method)) {
        const sent = req.headers[CSRF_HEADER]
        if (typeof sent !== 'string' || !safeEqual(sent, cached.csrfToken))
          throw new AppError(
            'csrf-failed',
            'CSRF 校验失败，请刷新页面后重试',
            403,
            'CSRF check failed; reload and retry',
          )
      }
      req.principal = cached.principal
      req.authVia = 'cookie'
      next()
    } catch (err) {
      next(err)
    }
  }
}

// helpers

/**
 * Routes that fold the live session check into their own first query when the principal is
 * cached: acting on a task (the platform's hottest write, see act-on-task.ts).
 */
const DEFERRING_ROUTE = /^\/api\/tasks\/[^/]+\/actions$/

function deferrable(req: Request): boolean {
  return req.method === 'POST' && DEFERRING_ROUTE.test(req.path)
}

function sessionExpired(): AppError {
  return new AppError(
    'session-expired',
    '登录已过期，请重新登录',
    401,
    'Session expired, please log in again',
  )
}

async function fromApiKey(pool: Pool, token: string): Promise<Principal> {
  const parsed = parseApiKey(token)
  const key = parsed ? await findActiveApiKey(pool, parsed.id) : null
  if (!parsed || !key || !safeEqual(sha256(parsed.secret), key.secretHash))
    throw new AppError('invalid-token', 'API 密钥无效或已吊销', 401, 'Invalid or revoked API key')
  await touchApiKey(pool, key.id)
  const scopes = key.scopes.filter(isPermission)
  if (key.personId) {
    const person = await loadPersonPrincipal(pool, key.personId)
    if (!person)
      throw new AppError(
        'invalid-token',
        'API 密钥绑定的人员已停用',
        401,
        'The person bound to this key is inactive',
      )
    return { ...person, kind: 'api-key', scopes, apiKeyId: key.id }
  }
  return {
    kind: 'api-key',
    personId: null,
    username: `apikey:${key.name}`,
    name: key.name,
    roles: [],
    orgIds: [],
    regionIds: [],
    orgRoles: [],
    scopes,
    apiKeyId: key.id,
  }
}
