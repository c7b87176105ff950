import type { DirectoryDocument, Organisation, Person } from '@tongban/schemas'

/**
 * Read-only look-ups over a directory, used by the reference tests to prove that the example
 * matters' assignee rules resolve to real people.
 */
export interface DirectoryLookup {
  org(id: string): Organisation | undefined
  person(id: string): Person | undefined
  /** The organisation and everything below it. */
  descendants(orgId: string): Organisation[]
  /** Ancestors from the parent up to the root. */
  ancestors(orgId: string): Organisation[]
  /** People holding `role` in `orgId` (and, when asked, anywhere below it). */
  roleHolders(role: string, orgId: string, includeDescendants: boolean): Person[]
  /** The head of the organisation `levelsUp` levels above `orgId` (0 = itself). */
  headOf(orgId: string, levelsUp?: number): Person | undefined
}

export function createDirectoryLookup(dir: DirectoryDocument): DirectoryLookup {
  const orgs = new Map(dir.organisations.map((o) => [o.id, o]))
  const people = new Map(dir.people.map((p) => [p.id, p]))
  const children = new Map<string, Organisation[]>()
  for (const o of dir.organisations) {
    if (o.parentId) children.set(o.parentId, [...(children.get(o.parentId) ?? []), o])
  }
  const descendants = (orgId: string): Organisation[] => {
    const self = orgs.get(orgId)
    if (!self) return []
    return [self, ...(children.get(orgId) ?? []).flatMap((c) => descendants(c.id))]
  }
  const ancestors = (orgId: string): Organisation[] => {
    const out: Organisation[] = []
    let parent = orgs.get(orgId)?.parentId
    while (parent) {
      const p = orgs.get(parent)
      if (!p || out.includes(p)) break
      out.push(p)
      parent = p.parentId
    }
    return out
  }
  return {
    org: (id) => orgs.get(id),
    person: (id) => people.get(id),
    descendants,
    ancestors,
    roleHolders(role, orgId, includeDescendants) {
      const scope = new Set(includeDescendants ? descendants(orgId).map((o) => o.id) : [orgId])
      return dir.people.filter((p) => p.status === 'active' && (p.orgRoles ?? []).some((g) => g.role === role && scope.has(g.orgId)))
    },
    headOf(orgId, levelsUp = 0) {
      const target = levelsUp === 0 ? orgs.get(orgId) : ancestors(orgId)[levelsUp - 1]
      return target?.headId ? people.get(target.headId) : undefined
    },
  }
}
