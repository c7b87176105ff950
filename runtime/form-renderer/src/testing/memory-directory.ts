import type { DirectoryDataSource, OrganisationOption, PersonOption } from '../context/directory'

/**
 * A `DirectoryDataSource` over arrays in memory, for stories, tests and offline demos.
 *
 * @example
 * const directory = createMemoryDirectory({ organisations: [...], people: [...] })
 * <FormRenderer directory={directory} … />
 */
export function createMemoryDirectory(data: { organisations: OrganisationOption[]; people: PersonOption[] }): DirectoryDataSource {
  const orgs = new Map(data.organisations.map((o) => [o.id, o]))
  const withLeaf = (o: OrganisationOption): OrganisationOption => ({
    ...o,
    isLeaf: !data.organisations.some((c) => c.parentId === o.id),
  })
  const people: PersonOption[] = data.people.map((p) => {
    const orgName = p.orgName ?? (p.orgId ? orgs.get(p.orgId)?.name : undefined)
    return orgName ? { ...p, orgName } : p
  })
  const matches = (text: string | undefined, q: string) => !!text && text.toLowerCase().includes(q.toLowerCase())
  return {
    async searchOrganisations(query, options = {}) {
      const limit = options.limit ?? 50
      let list = data.organisations
      if (query) list = list.filter((o) => matches(o.name, query))
      else if (options.kind && options.parentId === undefined) list = list.filter((o) => o.kind === options.kind)
      else list = list.filter((o) => (o.parentId ?? null) === (options.parentId ?? null))
      if (options.kind && query) list = list.filter((o) => o.kind === options.kind)
      return list.slice(0, limit).map(withLeaf)
    },
    async getOrganisations(ids) {
      return ids.map((id) => orgs.get(id)).filter((o): o is OrganisationOption => !!o).map(withLeaf)
    },
    async searchPeople(query, options = {}) {
      return people
        .filter((p) => (!options.orgId || p.orgId === options.orgId) && (!query || matches(p.name, query) || matches(p.phone, query)))
        .slice(0, options.limit ?? 30)
    },
    async getPersons(ids) {
      return ids.map((id) => people.find((p) => p.id === id)).filter((p): p is PersonOption => !!p)
    },
  }
}
