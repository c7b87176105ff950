import type { Pool, PoolClient } from './pool'

/**
 * Run `work` in one READ COMMITTED transaction; commit on success, roll back on any throw.
 * Never await network or user I/O inside: keep transactions short.
 * @example await inTransaction(pool, async (tx) => { await tx.query('…') })
 */
export async function inTransaction<T>(pool: Pool, work: (tx: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    const result = await work(client)
    await client.query('COMMIT')
    return result
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw err
  } finally {
    client.release()
  }
}
