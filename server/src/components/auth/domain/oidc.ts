import type { Config } from '../../../config'
import { AppError } from '../../../libraries/errors/app-error'

type OidcSettings = NonNullable<Config['oidc']>

/** The parts of openid-client (ESM-only, loaded with import()) this module uses. */
interface OidcLib {
  discovery(
    issuer: URL,
    clientId: string,
    secret?: string,
    auth?: undefined,
    options?: { execute?: unknown[] },
  ): Promise<unknown>
  allowInsecureRequests: unknown
  randomPKCECodeVerifier(): string
  calculatePKCECodeChallenge(verifier: string): Promise<string>
  randomState(): string
  randomNonce(): string
  buildAuthorizationUrl(config: unknown, params: Record<string, string>): URL
  authorizationCodeGrant(
    config: unknown,
    currentUrl: URL,
    checks: { pkceCodeVerifier: string; expectedState: string; expectedNonce: string },
  ): Promise<{ claims(): Record<string, unknown> | undefined }>
}

/** What the browser keeps (httpOnly cookie) between the redirect to the IdP and the callback. */
export interface OidcPending {
  state: string
  verifier: string
  nonce: string
}

/**
 * The username an identity provider's claims map to (浙政钉-style SSO): the configured claim,
 * lower-cased; null when missing or not a valid Tongban username.
 */
export function usernameFromClaims(
  claims: Record<string, unknown> | undefined,
  claim: string,
): string | null {
  const value = claims?.[claim]
  if (typeof value !== 'string') return null
  const username = value.trim().toLowerCase()
  return /^[a-z0-9_.-]{2,40}$/.test(username) ? username : null
}

/**
 * OpenID Connect login (authorization code + PKCE) against the issuer named in the configuration.
 * Discovery happens on first use, so the server starts even when the IdP is down.
 */
export class OidcLogin {
  private setup: Promise<{ lib: OidcLib; config: unknown }> | undefined

  constructor(private readonly settings: OidcSettings) {}

  async start(): Promise<{ url: string; pending: OidcPending }> {
    const { lib, config } = await this.ready()
    const pending: OidcPending = {
      state: lib.randomState(),
      verifier: lib.randomPKCECodeVerifier(),
      nonce: lib.randomNonce(),
    }
    const url = lib.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.redirectUri,
      scope: 'openid profile',
      code_challenge: await lib.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    })
    return { url: url.href, pending }
  }

  /** Exchange the code from the callback URL; returns the mapped username. */
  async finish(callbackUrl: URL, pending: OidcPending): Promise<string> {
    const { lib, config } = await this.ready()
    let claims: Record<string, unknown> | undefined
    try {
      const tokens = await lib.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
      })
      claims = tokens.claims()
    } catch {
      throw new AppError('oidc.failed', '统一身份认证失败，请重试', 401, 'Single sign-on failed; try again')
    }
    const username = usernameFromClaims(claims, this.settings.usernameClaim)
    if (!username)
      throw new AppError(
        'oidc.no-username',
        `身份令牌缺少 ${this.settings.usernameClaim}`,
        401,
        `The ID token has no usable ${this.settings.usernameClaim}`,
      )
    return username
  }

  private ready() {
    this.setup ??= (async () => {
      const lib = (await import('openid-client')) as unknown as OidcLib
      const issuer = new URL(this.settings.issuer)
      // Plain HTTP only for an IdP on this machine (tests, a local gateway); anything else needs TLS.
      const loopback =
        issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname)
      const config = await lib.discovery(
        issuer,
        this.settings.clientId,
        this.settings.clientSecret || undefined,
        undefined,
        loopback ? { execute: [lib.allowInsecureRequests] } : undefined,
      )
      return { lib, config }
    })().catch((err: unknown) => {
      this.setup = undefined
      throw err
    })
    return this.setup
  }
}
