import crypto from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A tiny OpenID Connect provider on loopback for tests: discovery, JWKS, an authorize endpoint that
 * logs in `username` at once, and a token endpoint issuing an RS256 ID token with the nonce.
 */
export async function startOidcStub(
  username: string,
  clientId: string,
): Promise<{ issuer: string; close(): Promise<void> }> {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 })
  const jwk = {
    ...(publicKey.export({ format: 'jwk' }) as Record<string, unknown>),
    kid: 'k1',
    alg: 'RS256',
    use: 'sig',
  }
  const codes = new Map<string, { nonce: string }>()
  let issuer = ''
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', issuer)
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
    }
    if (url.pathname === '/.well-known/openid-configuration')
      return json(200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      })
    if (url.pathname === '/jwks') return json(200, { keys: [jwk] })
    if (url.pathname === '/authorize') {
      const code = crypto.randomBytes(12).toString('hex')
      codes.set(code, { nonce: url.searchParams.get('nonce') ?? '' })
      const back = new URL(url.searchParams.get('redirect_uri') ?? '')
      back.searchParams.set('code', code)
      back.searchParams.set('state', url.searchParams.get('state') ?? '')
      res.writeHead(302, { location: back.href }).end()
      return
    }
    if (url.pathname === '/token') {
      let body = ''
      req.on('data', (c) => (body += c))
      req.on('end', () => {
        const code = new URLSearchParams(body).get('code') ?? ''
        const grant = codes.get(code)
        if (!grant) return json(400, { error: 'invalid_grant' })
        codes.delete(code)
        const now = Math.floor(Date.now() / 1000)
        const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url')
        const head = b64({ alg: 'RS256', kid: 'k1', typ: 'JWT' })
        const claims = b64({
          iss: issuer,
          aud: clientId,
          sub: `sub-${username}`,
          preferred_username: username,
          nonce: grant.nonce,
          iat: now,
          exp: now + 300,
        })
        const sig = crypto
          .sign('RSA-SHA256', Buffer.from(`${head}.${claims}`), privateKey)
          .toString('base64url')
        json(200, {
          access_token: 'at-' + code,
          token_type: 'Bearer',
          expires_in: 300,
          id_token: `${head}.${claims}.${sig}`,
        })
      })
      return
    }
    json(404, { error: 'not_found' })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { issuer, close: () => new Promise((r) => server.close(() => r())) }
}
