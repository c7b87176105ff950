import type { Queryable } from '../../../libraries/db'

export interface CredentialRow {
  personId: string
  username: string
  status: string
  passwordHash: string | null
  failedCount: number
  lockedUntil: Date | null
}

export async function findCredentialByUsername(
  db: Queryable,
  username: string,
): Promise<CredentialRow | null> {
  const { rows } = await db.query(
    `SELECT p.id AS "personId", p.username, p.status, c.password_hash AS "passwordHash",
            coalesce(c.failed_count, 0) AS "failedCount", c.locked_until AS "lockedUntil"
       FROM people p LEFT JOIN credentials c ON c.person_id = p.id
      WHERE p.username = $1`,
    [username],
  )
  return (rows[0] as CredentialRow | undefined) ?? null
}

export async function setPasswordHash(db: Queryable, personId: string, hash: string): Promise<void> {
  await db.query(
    `INSERT INTO credentials (person_id, password_hash, failed_count, locked_until, password_changed_at)
     VALUES ($1, $2, 0, NULL, now())
     ON CONFLICT (person_id) DO UPDATE SET password_hash = EXCLUDED.password_hash, failed_count = 0,
       locked_until = NULL, password_changed_at = now()`,
    [personId, hash],
  )
}

/** Count one failure; lock the account for `lockMinutes` once `threshold` failures in a row. */
export async function recordFailure(
  db: Queryable,
  personId: string,
  threshold: number,
  lockMinutes: number,
): Promise<{ locked: boolean }> {
  const { rows } = await db.query(
    `INSERT INTO credentials (person_id, failed_count) VALUES ($1, 1)
     ON CONFLICT (person_id) DO UPDATE SET failed_count = credentials.failed_count + 1
     RETURNING failed_count`,
    [personId],
  )
  const count = Number(rows[0]?.failed_count ?? 0)
  if (count < threshold) return { locked: false }
  await db.query(
    `UPDATE credentials SET failed_count = 0, locked_until = now() + make_interval(mins => $2) WHERE person_id = $1`,
    [personId, lockMinutes],
  )
  return { locked: true }
}

export async function clearFailures(db: Queryable, personId: string): Promise<void> {
  await db.query('UPDATE credentials SET failed_count = 0, locked_until = NULL WHERE person_id = $1', [
    personId,
  ])
}
