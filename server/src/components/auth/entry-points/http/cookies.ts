import type { Response } from 'express'
import type { Config } from '../../../../config'

export const SESSION_COOKIE = 'tb_session'
export const CSRF_COOKIE = 'tb_csrf'
export const CSRF_HEADER = 'x-csrf-token'

/** The session cookie is httpOnly; the CSRF cookie is readable by the page, which echoes it in a header. */
export function setSessionCookies(
  res: Response,
  config: Config,
  token: string,
  csrfToken: string,
  maxAgeSeconds: number,
): void {
  const base = {
    sameSite: 'lax' as const,
    secure: config.secureCookies,
    path: '/',
    maxAge: maxAgeSeconds * 1000,
  }
  res.cookie(SESSION_COOKIE, token, { ...base, httpOnly: true })
  res.cookie(CSRF_COOKIE, csrfToken, { ...base, httpOnly: false })
}

export function clearSessionCookies(res: Response, config: Config): void {
  const base = { sameSite: 'lax' as const, secure: config.secureCookies, path: '/' }
  res.clearCookie(SESSION_COOKIE, { ...base, httpOnly: true })
  res.clearCookie(CSRF_COOKIE, base)
}
