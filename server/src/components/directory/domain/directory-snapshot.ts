import type { DirectoryPort } from '@tongban/flow-engine'
import type { Queryable } from '../../../libraries/db'

/**
 * The directory as the engine's synchronous port: loaded in a few queries, answered from maps.
 * Cached per process for `ttlMs`; an import in this process invalidates it at once, other
 * instances catch up within the TTL.
 */
export class DirectorySnapshotCache {
  private cached: { at: number; port: DirectoryPort } | undefined
  private loading: Promise<DirectoryPort> | undefined

  constructor(private readonly ttlMs = 10_000) {}

  async get(db: Queryable): Promise<DirectoryPort> {
    if (this.cached && Date.now() - this.cached.at < this.ttlMs) return this.cached.port
    this.loading ??= loadSnapshot(db).then(
      (port) => {
        this.cached = { at: Date.now(), port }
        this.loading = undefined
        return port
      },
      (err: unknown) => {
        this.loading = undefined
        throw err
      },
    )
    return this.loading
  }

  invalidate(): void {
    this.cached = undefined
  }
}

/** Read the directory into an engine port. */
export async function loadSnapshot(db: Queryable): Promise<DirectoryPort> {
  const orgs = (
    await db.query(`SELECT id, parent_id, head_id, leaders FROM organisations WHERE status = 'active'`)
  ).rows
  const people = (await db.query(`SELECT id, roles FROM people WHERE status = 'active'`)).rows
  const primary = (
    await db.query(
      `SELECT DISTINCT ON (person_id) person_id, org_id FROM memberships ORDER BY person_id, is_primary DESC, org_id`,
    )
  ).rows
  const grants = (await db.query('SELECT person_id, role, org_id FROM role_grants')).rows
  const parent = new Map<string, string | null>(orgs.map((o) => [o.id, o.parent_id]))
  const head = new Map<string, string | null>(orgs.map((o) => [o.id, o.head_id]))
  const leaders = new Map<string, Array<{ personId: string; rank: number }>>(
    orgs.map((o) => [o.id, (o.leaders ?? []) as Array<{ personId: string; rank: number }>]),
  )
  const active = new Set<string>(people.map((p) => p.id))
  const admins = people
    .filter((p) => (p.roles as string[]).includes('admin'))
    .map((p) => p.id as string)
    .sort()
  const primaryOrg = new Map<string, string>(primary.map((m) => [m.person_id, m.org_id]))
  const children = new Map<string, string[]>()
  for (const o of orgs)
    if (o.parent_id) children.set(o.parent_id, [...(children.get(o.parent_id) ?? []), o.id])
  const holders = new Map<string, string[]>()
  for (const g of grants) {
    if (!active.has(g.person_id)) continue
    const key = `${g.role}@${g.org_id}`
    holders.set(key, [...(holders.get(key) ?? []), g.person_id])
  }
  const below = (orgId: string): string[] => [orgId, ...(children.get(orgId) ?? []).flatMap(below)]
  const activeOrNull = (id: string | null | undefined) => (id && active.has(id) ? id : null)
  return {
    primaryOrgId: (personId) => primaryOrg.get(personId) ?? null,
    parentOrgId: (orgId) => parent.get(orgId) ?? null,
    orgHeadId: (orgId) => activeOrNull(head.get(orgId)),
    orgLeaderId: (orgId, rank) =>
      activeOrNull((leaders.get(orgId) ?? []).find((l) => l.rank === rank)?.personId),
    peopleWithRole: (role, orgId, includeDescendants) => {
      const orgsToSearch = includeDescendants ? below(orgId) : [orgId]
      return [...new Set(orgsToSearch.flatMap((o) => holders.get(`${role}@${o}`) ?? []))].sort()
    },
    isActivePerson: (personId) => active.has(personId),
    adminIds: () => admins,
  }
}
