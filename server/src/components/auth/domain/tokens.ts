import crypto from 'node:crypto'

/** A random URL-safe secret. */
export function randomToken(bytes = 32): string {
  return crypto.randomBytes(bytes).toString('base64url')
}

/** Stored form of a secret: sessions and API keys keep only this. */
export function sha256(value: string): string {
  return crypto.createHash('sha256').update(value).digest('hex')
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && crypto.timingSafeEqual(x, y)
}

/** API key format: `tbk_<id>.<secret>`. */
export function parseApiKey(token: string): { id: string; secret: string } | null {
  const m = /^tbk_([A-Za-z0-9]{8,32})\.([A-Za-z0-9_-]{20,100})$/.exec(token)
  return m ? { id: m[1] as string, secret: m[2] as string } : null
}
