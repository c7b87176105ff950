import { loadBundles, loadCalendar, loadDirectory } from '@tongban/examples'
import type { DirectoryDocument } from '@tongban/schemas'
import { inTransaction, type Pool } from '../../../libraries/db'
import { appendAudit } from '../../audit/data-access/audit-repository'
import { setPasswordHash } from '../../auth/data-access/credentials-repository'
import { generatePassword, hashPassword } from '../../auth/domain/password'
import { importDirectory } from '../../directory/domain/import-directory'
import { importBundle } from '../../matters/domain/matters-service'

export interface SeedResult {
  people: number
  matters: number
  /** The demo password; `generated` when it was made up now (print it once). */
  password: string
  generated: boolean
  accounts: Array<{ username: string; name: string; roles: string[] }>
}

/** "tongban seed": a session lock so two instances starting at once do not both seed. */
const SEED_LOCK = 7_160_220_612
const SYSTEM = { principal: 'system' as const, meta: { ip: null, requestId: 'seed' } }

/** True when there are neither people nor matters. */
export async function isEmpty(pool: Pool): Promise<boolean> {
  const { rows } = await pool.query(
    `SELECT (SELECT count(*) FROM people) + (SELECT count(*) FROM matters) AS n`,
  )
  return Number(rows[0]?.n ?? 0) === 0
}

/**
 * Load @tongban/examples into an empty database: the directory, the calendars, every example matter
 * (published), an `admin` account, and a login for every example person. All share one password:
 * `password` if given (TONGBAN_DEMO_PASSWORD), else a generated one. Returns null when the database
 * was not empty (another instance seeded it, or it holds real data).
 */
export async function seedExamples(pool: Pool, password?: string): Promise<SeedResult | null> {
  const lock = await pool.connect()
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [SEED_LOCK])
    if (!(await isEmpty(pool))) return null
    const directory = withAdmin(loadDirectory())
    await importDirectory(pool, directory, { ...SYSTEM, source: 'examples' })
    await seedCalendars(pool)
    const generated = !password
    const secret = password ?? generatePassword()
    // One hash for every demo account: they share the password by design.
    const hash = await hashPassword(secret)
    await inTransaction(pool, async (tx) => {
      for (const p of directory.people) await setPasswordHash(tx, p.id, hash)
      await appendAudit(tx, {
        actorId: null,
        actorKind: 'system',
        action: 'seed.accounts',
        requestId: 'seed',
        data: { count: directory.people.length },
      })
    })
    let matters = 0
    // Standards before their regional variants.
    const bundles = loadBundles().sort(
      (a, b) => Number(Boolean(a.matter.variantOf)) - Number(Boolean(b.matter.variantOf)),
    )
    for (const bundle of bundles) {
      await importBundle(pool, bundle, { publish: true }, SYSTEM)
      matters++
    }
    return {
      people: directory.people.length,
      matters,
      password: secret,
      generated,
      accounts: directory.people.map((p) => ({ username: p.username, name: p.name, roles: p.roles })),
    }
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [SEED_LOCK]).catch(() => undefined)
    lock.release()
  }
}

/**
 * Drop every table (the audit log included: this is for demo databases only) so that migrations and
 * seeding start over.
 */
export async function resetDatabase(pool: Pool): Promise<void> {
  await pool.query('DROP SCHEMA IF EXISTS graphile_worker CASCADE')
  await pool.query('DROP SCHEMA public CASCADE')
  await pool.query('CREATE SCHEMA public')
}

/**
 * The examples' working calendar under its own id (`cn-mainland`, which the example matters name as
 * their `calendarId`) and, as the platform's `default` (used by matters naming none, and by
 * monitoring's working-day table), a copy of it. Existing calendars are left as they are.
 */
export async function seedCalendars(pool: Pool): Promise<string[]> {
  const calendar = loadCalendar()
  const docs = [calendar, { ...calendar, id: 'default' }]
  const { rows } = await pool.query(
    `INSERT INTO calendars (id, doc) SELECT d->>'id', d FROM jsonb_array_elements($1::jsonb) AS d
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [JSON.stringify(docs)],
  )
  return rows.map((r) => r.id as string)
}

// helpers

/** The example directory plus an `admin` account in the root region. */
function withAdmin(doc: DirectoryDocument): DirectoryDocument {
  if (doc.people.some((p) => p.username === 'admin')) return doc
  const root = doc.organisations.find((o) => o.parentId === null)
  const position = [...doc.positions].sort((a, b) => b.level - a.level)[0]
  if (!root || !position) return doc
  doc.people.unshift({
    id: 'admin',
    username: 'admin',
    name: '系统管理员',
    memberships: [{ orgId: root.id, positionCode: position.code, primary: true }],
    roles: ['admin'],
    status: 'active',
  })
  return doc
}
