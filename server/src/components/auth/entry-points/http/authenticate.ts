import type { RequestHandler } from 'express'
import type { Config } from '../../../../config'
import type { Pool } from '../../../../libraries/db'
import { AppError } from '../../../../libraries/errors/app-error'
import { isPermission } from '../../../../libraries/auth/permissions'
import type { Principal } from '../../../../libraries/auth/principal'
import { findActiveApiKey, touchApiKey } from '../../data-access/api-key-repository'
import { loadPersonPrincipal } from '../../data-access/principal-repository'
import { loadSessionPrincipal } from '../../data-access/session-principal'
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
      const session = await loadSessionPrincipal(pool, sha256(token), config.sessionIdleMinutes)
      if (!session) {
        // An expired session on a login request is not an error: the user is logging in again.
        if (req.path === '/api/auth/login') return next()
        throw new AppError(
          'session-expired',
          '登录已过期，请重新登录',
          401,
          'Session expired, please log in again',
        )
      }
      if (!SAFE_METHODS.has(req.method)) {
        const sent = req.headers[CSRF_HEADER]
        if (typeof sent !== 'string' || !safeEqual(sent, session.csrfToken))
          throw new AppError(
            'csrf-failed',
            'CSRF 校验失败，请刷新页面后重试',
            403,
            'CSRF check failed; reload and retry',
          )
      }
      req.principal = session.principal
      req.authVia = 'cookie'
      next()
    } catch (err) {
      next(err)
    }
  }
}

// helpers

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
