import type { Principal } from '../../../libraries/auth/principal'

/** A session's principal as last read, with the directory version it was read at. */
export interface CachedSession {
  principal: Principal
  csrfToken: string
  directoryVersion: number
  at: number
}

/**
 * Sessions' principals (roles, organisations, regions, org roles), so that a request need not
 * rebuild them. The cache never decides whether a session is valid: every request still checks
 * the session row (revoked, expired, idle, person inactive) in the database, and compares the
 * directory version; a different version re-reads the principal. The TTL and size only bound memory.
 */
export class PrincipalCache {
  private readonly map = new Map<string, CachedSession>()

  constructor(
    private readonly ttlMs = 10 * 60_000,
    private readonly max = 10_000,
  ) {}

  get(sessionId: string): CachedSession | undefined {
    const hit = this.map.get(sessionId)
    if (!hit) return undefined
    if (Date.now() - hit.at > this.ttlMs) {
      this.map.delete(sessionId)
      return undefined
    }
    return hit
  }

  set(sessionId: string, value: Omit<CachedSession, 'at'>): void {
    this.map.delete(sessionId)
    if (this.map.size >= this.max) this.map.delete(this.map.keys().next().value as string)
    this.map.set(sessionId, { ...value, at: Date.now() })
  }

  delete(sessionId: string): void {
    this.map.delete(sessionId)
  }
}
