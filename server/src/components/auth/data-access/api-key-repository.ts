import type { Queryable } from '../../../libraries/db'

export interface ApiKeyRow {
  id: string
  name: string
  secretHash: string
  scopes: string[]
  personId: string | null
  createdBy: string | null
  createdAt: string
  revokedAt: string | null
  lastUsedAt: string | null
}

const COLUMNS = `id, name, secret_hash AS "secretHash", scopes, person_id AS "personId", created_by AS "createdBy",
  created_at AS "createdAt", revoked_at AS "revokedAt", last_used_at AS "lastUsedAt"`

export async function insertApiKey(
  db: Queryable,
  k: {
    id: string
    name: string
    secretHash: string
    scopes: string[]
    personId: string | null
    createdBy: string | null
  },
): Promise<void> {
  await db.query(
    'INSERT INTO api_keys (id, name, secret_hash, scopes, person_id, created_by) VALUES ($1, $2, $3, $4, $5, $6)',
    [k.id, k.name, k.secretHash, k.scopes, k.personId, k.createdBy],
  )
}

export async function findActiveApiKey(db: Queryable, id: string): Promise<ApiKeyRow | null> {
  const { rows } = await db.query(`SELECT ${COLUMNS} FROM api_keys WHERE id = $1 AND revoked_at IS NULL`, [
    id,
  ])
  return (rows[0] as ApiKeyRow | undefined) ?? null
}

export async function touchApiKey(db: Queryable, id: string): Promise<void> {
  await db.query(
    `UPDATE api_keys SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
    [id],
  )
}

export async function listApiKeys(db: Queryable): Promise<Array<Omit<ApiKeyRow, 'secretHash'>>> {
  const { rows } = await db.query(`SELECT ${COLUMNS} FROM api_keys ORDER BY created_at DESC`)
  return rows.map(({ secretHash: _s, ...rest }) => rest)
}

export async function revokeApiKey(db: Queryable, id: string): Promise<boolean> {
  const { rowCount } = await db.query(
    'UPDATE api_keys SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL',
    [id],
  )
  return (rowCount ?? 0) > 0
}
