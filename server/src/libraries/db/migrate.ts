import fs from 'node:fs/promises'
import path from 'node:path'
import type { Pool } from './pool'

/** Any 64-bit constant shared by every instance: "tongban migrations". */
const MIGRATION_LOCK = 7_160_220_611
export const MIGRATIONS_DIR = path.resolve(__dirname, '..', '..', '..', 'migrations')

export interface MigrationResult {
  applied: string[]
}

/**
 * Apply the forward-only migrations in `migrations/NNNN_name.sql` that this database lacks, each in
 * its own transaction, under a session advisory lock: several instances may start at once and only
 * one migrates, the others wait and then find nothing to do. `extra` runs under the same lock
 * (the job queue's own migrations).
 */
export async function migrate(
  pool: Pool,
  options: { dir?: string; extra?: () => Promise<void> } = {},
): Promise<MigrationResult> {
  const dir = options.dir ?? MIGRATIONS_DIR
  const files = (await fs.readdir(dir)).filter((f) => /^\d{4}_[a-z0-9_-]+\.sql$/.test(f)).sort()
  const client = await pool.connect()
  const applied: string[] = []
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK])
    await client.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
    )
    const done = new Set(
      (await client.query<{ name: string }>('SELECT name FROM schema_migrations')).rows.map((r) => r.name),
    )
    for (const file of files) {
      if (done.has(file)) continue
      const sql = await fs.readFile(path.join(dir, file), 'utf8')
      try {
        await client.query('BEGIN')
        await client.query(sql)
        await client.query('INSERT INTO schema_migrations (name) VALUES ($1)', [file])
        await client.query('COMMIT')
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined)
        throw new Error(`迁移失败 / migration ${file} failed: ${(err as Error).message}`)
      }
      applied.push(file)
    }
    if (options.extra) await options.extra()
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined)
    client.release()
  }
  return { applied }
}
