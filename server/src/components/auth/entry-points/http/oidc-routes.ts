import type { Config } from '../../../../config'
import type { Pool } from '../../../../libraries/db'
import { defineRoute, type RouteDefinition } from '../../../../libraries/http/define-route'
import { metaOf } from '../../../../libraries/http/request'
import { AppError } from '../../../../libraries/errors/app-error'
import { appendAudit } from '../../../audit/data-access/audit-repository'
import { openSession } from '../../domain/login'
import { OidcLogin, type OidcPending } from '../../domain/oidc'
import { setSessionCookies } from './cookies'

const PENDING_COOKIE = 'tb_oidc'

/** SSO login through an OpenID Connect provider, when `OIDC_ISSUER` is configured. */
export function oidcRoutes(pool: Pool, config: Config): RouteDefinition[] {
  const oidc = config.oidc ? new OidcLogin(config.oidc) : undefined
  const enabled = () => {
    if (!oidc)
      throw new AppError('oidc.disabled', '未配置统一身份认证', 404, 'Single sign-on is not configured')
    return oidc
  }
  return [
    defineRoute({
      method: 'get',
      path: '/api/auth/oidc/login',
      summary: '统一身份认证（OIDC）登录：跳转到身份提供方 / SSO login: redirect to the identity provider',
      tag: 'auth',
      access: 'public',
      success: { status: 302, description: 'redirect to the IdP' },
      handler: async (_req, res) => {
        const { url, pending } = await enabled().start()
        res.cookie(PENDING_COOKIE, Buffer.from(JSON.stringify(pending)).toString('base64url'), {
          httpOnly: true,
          sameSite: 'lax',
          secure: config.secureCookies,
          path: '/api/auth/oidc',
          maxAge: 10 * 60 * 1000,
        })
        res.redirect(302, url)
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/auth/oidc/callback',
      summary:
        '统一身份认证回调：按配置的声明找到人员并登录 / SSO callback: map the claim to a person and log in',
      tag: 'auth',
      access: 'public',
      success: { status: 302, description: 'logged in; redirect to the workbench' },
      handler: async (req, res) => {
        const login = enabled()
        const raw = (req.cookies as Record<string, string | undefined>)[PENDING_COOKIE]
        let pending: OidcPending
        try {
          pending = JSON.parse(Buffer.from(raw ?? '', 'base64url').toString('utf8')) as OidcPending
        } catch {
          throw new AppError(
            'oidc.no-pending',
            '登录已过期，请重新发起',
            400,
            'The SSO login expired; start again',
          )
        }
        const current = new URL(req.originalUrl, config.oidc?.redirectUri)
        const username = await login.finish(current, pending)
        const { rows } = await pool.query(`SELECT id FROM people WHERE username = $1 AND status = 'active'`, [
          username,
        ])
        const meta = metaOf(req)
        if (!rows[0]) {
          await appendAudit(pool, {
            actorId: null,
            actorKind: 'anonymous',
            action: 'auth.login',
            outcome: 'failure',
            ip: meta.ip,
            requestId: meta.requestId,
            data: { via: 'oidc', reason: 'unknown-user', username },
          })
          throw new AppError(
            'oidc.unknown-user',
            `人员库中没有用户 ${username}`,
            403,
            `No person with username ${username}`,
          )
        }
        const session = await openSession(
          pool,
          config,
          rows[0].id,
          { ...meta, userAgent: req.get('user-agent') ?? null },
          'oidc',
        )
        res.clearCookie(PENDING_COOKIE, { path: '/api/auth/oidc' })
        setSessionCookies(res, config, session.token, session.csrfToken, session.expiresInSeconds)
        res.redirect(302, '/')
      },
    }),
  ]
}
