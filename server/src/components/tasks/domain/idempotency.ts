import crypto from 'node:crypto'
import type { Queryable } from '../../../libraries/db'
import { AppError } from '../../../libraries/errors/app-error'

export interface StoredResponse {
  status: number
  body: unknown
}

/** The request's fingerprint: the same key must always carry the same request. */
export function requestHash(method: string, path: string, body: unknown): string {
  return crypto
    .createHash('sha256')
    .update(`${method} ${path} ${JSON.stringify(body ?? null)}`)
    .digest('hex')
}

/** A stored response for this key, or null. The same key with a different request is 422. */
export async function findStored(
  db: Queryable,
  principalId: string,
  key: string,
  hash: string,
): Promise<StoredResponse | null> {
  const { rows } = await db.query(
    'SELECT request_hash, status, body FROM idempotency_keys WHERE principal_id = $1 AND key = $2',
    [principalId, key],
  )
  const row = rows[0]
  if (!row) return null
  if (row.request_hash !== hash)
    throw new AppError(
      'idempotency.key-reused',
      '幂等键已用于另一个请求',
      422,
      'This Idempotency-Key was used for a different request',
    )
  return { status: row.status, body: row.body }
}

/** Store the response in the transaction that made the change. */
export async function storeResponse(
  db: Queryable,
  principalId: string,
  key: string,
  hash: string,
  response: StoredResponse,
): Promise<void> {
  await db.query(
    `INSERT INTO idempotency_keys (principal_id, key, request_hash, status, body) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (principal_id, key) DO NOTHING`,
    [principalId, key, hash, response.status, JSON.stringify(response.body)],
  )
}

/** Header value, if it is a sane key. */
export function idempotencyKeyOf(header: string | undefined): string | undefined {
  if (header === undefined) return undefined
  if (!/^[A-Za-z0-9._:-]{8,128}$/.test(header))
    throw new AppError(
      'idempotency.bad-key',
      'Idempotency-Key 须为 8–128 位字母、数字或 ._:-',
      400,
      'Idempotency-Key must be 8–128 characters of letters, digits or ._:-',
    )
  return header
}
