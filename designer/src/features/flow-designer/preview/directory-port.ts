import type { DirectoryPort } from '@tongban/flow-engine'
import type { DirectoryDocument } from '@tongban/schemas'

/**
 * The flow engine's synchronous directory port, answered from a loaded DirectoryDocument (the
 * preview runs the engine in the browser).
 */
export function directoryPort(doc: DirectoryDocument): DirectoryPort {
  const orgs = new Map(doc.organisations.map((o) => [o.id, o]))
  const people = new Map(doc.people.map((p) => [p.id, p]))
  const below = (orgId: string): string[] => [
    orgId,
    ...doc.organisations.filter((o) => o.parentId === orgId).flatMap((o) => below(o.id)),
  ]
  return {
    primaryOrgId: (id) => {
      const m = people.get(id)?.memberships
      return (m?.find((x) => x.primary) ?? m?.[0])?.orgId ?? null
    },
    parentOrgId: (id) => orgs.get(id)?.parentId ?? null,
    orgHeadId: (id) => orgs.get(id)?.headId ?? null,
    orgLeaderId: (id, rank) => orgs.get(id)?.leaders?.find((l) => l.rank === rank)?.personId ?? null,
    peopleWithRole: (role, orgId, includeDescendants) => {
      const scope = new Set(includeDescendants ? below(orgId) : [orgId])
      return doc.people
        .filter((p) => p.status === 'active' && p.orgRoles?.some((g) => g.role === role && scope.has(g.orgId)))
        .map((p) => p.id)
    },
    isActivePerson: (id) => people.get(id)?.status === 'active',
    adminIds: () => doc.people.filter((p) => p.status === 'active' && p.roles.includes('admin')).map((p) => p.id),
  }
}
