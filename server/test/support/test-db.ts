import crypto from 'node:crypto'
import pg from 'pg'

/** A fresh database on the run's PostgreSQL, dropped by `drop()`. */
export interface TestDatabase {
  url: string
  name: string
  drop(): Promise<void>
}

export function adminUrl(): string {
  const url = process.env.TONGBAN_TEST_ADMIN_URL
  if (!url) throw new Error('TONGBAN_TEST_ADMIN_URL is not set: run the tests through jest (global setup)')
  return url
}

export async function createTestDatabase(prefix = 'tb_test'): Promise<TestDatabase> {
  const name = `${prefix}_${crypto.randomBytes(5).toString('hex')}`
  const admin = new pg.Client({ connectionString: adminUrl() })
  await admin.connect()
  try {
    await admin.query(`CREATE DATABASE ${name}`)
  } finally {
    await admin.end()
  }
  const u = new URL(adminUrl())
  u.pathname = '/' + name
  return {
    url: u.toString(),
    name,
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl() })
      await c.connect()
      try {
        // An autovacuum worker (owned by the superuser) may be visiting the fresh database: a
        // non-superuser role cannot terminate it (42501), so wait for it to leave and try again.
        for (let attempt = 1; ; attempt++) {
          try {
            await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
            break
          } catch (err) {
            if ((err as { code?: string }).code !== '42501' || attempt >= 20) throw err
            await new Promise((resolve) => setTimeout(resolve, 250))
          }
        }
      } finally {
        await c.end()
      }
    },
  }
}
