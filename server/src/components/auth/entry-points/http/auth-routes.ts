import { Type } from '@sinclair/typebox'
import { rateLimit } from 'express-rate-limit'
import type { Config } from '../../../../config'
import { inTransaction, type Pool } from '../../../../libraries/db'
import { defineRoute, type RouteDefinition } from '../../../../libraries/http/define-route'
import { metaOf, principalOf } from '../../../../libraries/http/request'
import { AppError, errors } from '../../../../libraries/errors/app-error'
import { can } from '../../../../libraries/auth/principal'
import { PERMISSIONS } from '../../../../libraries/auth/permissions'
import { appendAudit } from '../../../audit/data-access/audit-repository'
import { auditBase } from '../../../audit/domain/audit-actor'
import { findCredentialByUsername, setPasswordHash } from '../../data-access/credentials-repository'
import { revokeSession, revokeSessionsOf } from '../../data-access/session-repository'
import { loginWithPassword } from '../../domain/login'
import { checkPasswordPolicy, hashPassword, verifyPassword } from '../../domain/password'
import { clearSessionCookies, setSessionCookies } from './cookies'

const LoginBody = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 60 }),
    password: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
)
const ChangePasswordBody = Type.Object(
  {
    currentPassword: Type.String({ minLength: 1, maxLength: 200 }),
    newPassword: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
)

export function authRoutes(deps: { pool: Pool; config: Config }): RouteDefinition[] {
  const { pool, config } = deps
  const loginLimit = rateLimit({
    windowMs: 60_000,
    limit: config.loginRateLimitPerMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (_req, _res, next) => next(errors.tooMany()),
  })
  return [
    defineRoute({
      method: 'post',
      path: '/api/auth/login',
      summary: '用户名密码登录，设置会话 Cookie / Log in with username and password',
      tag: 'auth',
      access: 'public',
      body: LoginBody,
      bodyName: 'LoginRequest',
      bodyLimit: 4096,
      before: [loginLimit],
      handler: async (req, res) => {
        const body = req.body as { username: string; password: string }
        const session = await loginWithPassword(pool, config, body, {
          ...metaOf(req),
          userAgent: req.get('user-agent') ?? null,
        })
        setSessionCookies(res, config, session.token, session.csrfToken, session.expiresInSeconds)
        return {
          personId: session.personId,
          csrfToken: session.csrfToken,
          expiresInSeconds: session.expiresInSeconds,
        }
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/auth/logout',
      summary: '退出登录（结束会话） / Log out',
      tag: 'auth',
      access: 'authenticated',
      handler: async (req, res) => {
        const principal = principalOf(req)
        if (principal.sessionId) await revokeSession(pool, principal.sessionId)
        await appendAudit(pool, {
          ...auditBase(principal, metaOf(req)),
          action: 'auth.logout',
          targetType: 'person',
          targetId: principal.personId ?? undefined,
        })
        clearSessionCookies(res, config)
        return undefined
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/me',
      summary: '当前用户、角色、所在单位与权限 / The caller, roles, organisations and permissions',
      tag: 'auth',
      access: 'authenticated',
      handler: async (req) => {
        const p = principalOf(req)
        return {
          kind: p.kind,
          personId: p.personId,
          username: p.username,
          name: p.name,
          roles: p.roles,
          orgIds: p.orgIds,
          primaryOrgId: p.orgIds[0] ?? null,
          regionIds: p.regionIds,
          orgRoles: p.orgRoles,
          permissions: PERMISSIONS.filter((perm) => can(p, perm)),
        }
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/me/password',
      summary: '修改自己的密码（其他会话随之失效） / Change own password; other sessions end',
      tag: 'auth',
      access: 'authenticated',
      body: ChangePasswordBody,
      bodyName: 'ChangePasswordRequest',
      handler: async (req) => {
        const p = principalOf(req)
        if (p.kind !== 'user' || !p.personId) throw errors.forbidden()
        const body = req.body as { currentPassword: string; newPassword: string }
        const cred = await findCredentialByUsername(pool, p.username)
        if (!(await verifyPassword(cred?.passwordHash ?? null, body.currentPassword)))
          throw new AppError('invalid-credentials', '当前密码错误', 401, 'Current password is wrong')
        const violations = checkPasswordPolicy(body.newPassword, p.username, config.passwordMinLength)
        if (violations.length)
          throw errors.validation(violations.map((v) => ({ path: '/body/newPassword', ...v })))
        const hash = await hashPassword(body.newPassword)
        const personId = p.personId
        await inTransaction(pool, async (tx) => {
          await setPasswordHash(tx, personId, hash)
          await revokeSessionsOf(tx, personId, p.sessionId)
          await appendAudit(tx, {
            ...auditBase(p, metaOf(req)),
            action: 'auth.password-changed',
            targetType: 'person',
            targetId: personId,
          })
        })
        return undefined
      },
    }),
  ]
}
