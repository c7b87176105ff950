import type { Queryable } from '../../../libraries/db'

export interface SessionRow {
  id: string
  personId: string
  csrfToken: string
  expiresAt: Date
  lastSeenAt: Date
}

export async function insertSession(
  db: Queryable,
  s: {
    id: string
    personId: string
    csrfToken: string
    absoluteHours: number
    ip: string | null
    userAgent: string | null
    via: string
  },
): Promise<void> {
  await db.query(
    `INSERT INTO sessions (id, person_id, csrf_token, expires_at, ip, user_agent, via)
     VALUES ($1, $2, $3, now() + make_interval(hours => $4), $5, $6, $7)`,
    [s.id, s.personId, s.csrfToken, s.absoluteHours, s.ip, s.userAgent, s.via],
  )
}

export async function revokeSession(db: Queryable, id: string): Promise<void> {
  await db.query('UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [id])
}

export async function revokeSessionsOf(db: Queryable, personId: string, exceptId?: string): Promise<void> {
  await db.query(
    'UPDATE sessions SET revoked_at = now() WHERE person_id = $1 AND revoked_at IS NULL AND id IS DISTINCT FROM $2',
    [personId, exceptId ?? null],
  )
}
