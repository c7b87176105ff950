import type { DirectoryDocument } from '@tongban/schemas'
import type { DirectoryPort } from '../types'

/**
 * A {@link DirectoryPort} over an in-memory directory document (人员库/单位库 export): for tests,
 * the designer's simulation and hosts that cache the directory. Inactive people are never
 * returned (so a stale head triggers the node's empty-assignee policy); leaders are the
 * organisation's own `leaders` by rank; administrators are active people with the `admin` role.
 *
 * @example const directory = createDirectoryPort(loadDirectory())
 */
export function createDirectoryPort(doc: DirectoryDocument): DirectoryPort {
  const orgs = new Map(doc.organisations.map((o) => [o.id, o]))
  const people = new Map(doc.people.map((p) => [p.id, p]))
  const children = new Map<string, string[]>()
  for (const o of doc.organisations) if (o.parentId) children.set(o.parentId, [...(children.get(o.parentId) ?? []), o.id])
  const active = (id: string | undefined | null) => (id && people.get(id)?.status === 'active' ? id : null)
  const below = (orgId: string, into: Set<string>) => {
    if (into.has(orgId)) return
    into.add(orgId)
    for (const c of children.get(orgId) ?? []) below(c, into)
  }
  return {
    primaryOrgId(personId) {
      const p = people.get(personId)
      if (!p || p.status !== 'active') return null
      return (p.memberships.find((m) => m.primary) ?? p.memberships[0])?.orgId ?? null
    },
    parentOrgId: (orgId) => orgs.get(orgId)?.parentId ?? null,
    orgHeadId: (orgId) => active(orgs.get(orgId)?.headId),
    orgLeaderId: (orgId, rank) => active(orgs.get(orgId)?.leaders?.find((l) => l.rank === rank)?.personId),
    peopleWithRole(role, orgId, includeDescendants) {
      const scope = new Set<string>()
      if (includeDescendants) below(orgId, scope)
      else scope.add(orgId)
      return doc.people
        .filter((p) => p.status === 'active' && (p.orgRoles ?? []).some((g) => g.role === role && scope.has(g.orgId)))
        .map((p) => p.id)
    },
    isActivePerson: (personId) => people.get(personId)?.status === 'active',
    adminIds: () => doc.people.filter((p) => p.status === 'active' && p.roles.includes('admin')).map((p) => p.id),
  }
}
