import type { ApplicantProfile } from '@tongban/form-core'
import type { DirectoryDataSource, OrganisationOption, PersonOption } from '@tongban/form-renderer'
import type { DirectoryDocument } from '@tongban/schemas'

/** Names, profiles and picker searches over one loaded directory document (人员库/单位库). */
export interface DirectoryLookup {
  orgName(id: string | null | undefined): string
  personName(id: string | null | undefined): string
  /** The auto-fill profile of a person: name, phone, position and primary organisation. */
  profile(personId: string): ApplicantProfile | undefined
  source: DirectoryDataSource
  organisations: DirectoryDocument['organisations']
}

/**
 * Build lookups over the directory. Pure: tests give it a document.
 * @example createDirectoryLookup(doc).orgName('yx-daj') // '市档案馆'
 */
export function createDirectoryLookup(doc: DirectoryDocument): DirectoryLookup {
  const orgs = new Map(doc.organisations.map((o) => [o.id, o]))
  const people = new Map(doc.people.map((p) => [p.id, p]))
  const positions = new Map(doc.positions.map((p) => [p.code, p.name]))
  const hasChildren = new Set(doc.organisations.map((o) => o.parentId).filter((x): x is string => !!x))
  const toOrg = (o: DirectoryDocument['organisations'][number]): OrganisationOption => ({
    id: o.id,
    name: o.name,
    parentId: o.parentId,
    kind: o.kind,
    isLeaf: !hasChildren.has(o.id),
  })
  const toPerson = (p: DirectoryDocument['people'][number]): PersonOption => {
    const m = p.memberships.find((x) => x.primary) ?? p.memberships[0]
    const out: PersonOption = { id: p.id, name: p.name }
    if (m) {
      out.orgId = m.orgId
      out.orgName = orgs.get(m.orgId)?.name ?? m.orgId
      out.position = positions.get(m.positionCode) ?? m.positionCode
    }
    if (p.phone) out.phone = p.phone
    return out
  }
  const matches = (text: string | undefined, q: string) => !!text && text.toLowerCase().includes(q)
  const source: DirectoryDataSource = {
    async searchOrganisations(query, options = {}) {
      const q = query.trim().toLowerCase()
      const list = doc.organisations.filter((o) => {
        if (o.status !== 'active') return false
        if (q) return matches(o.name, q) || matches(o.shortName, q) || matches(o.code, q) || matches(o.id, q)
        if (options.parentId !== undefined) return o.parentId === options.parentId
        if (options.kind) return o.kind === options.kind
        return o.parentId === null
      })
      return list.slice(0, options.limit ?? 50).map(toOrg)
    },
    async getOrganisations(ids) {
      return ids
        .map((id) => orgs.get(id))
        .filter((o) => !!o)
        .map(toOrg)
    },
    async searchPeople(query, options = {}) {
      const q = query.trim().toLowerCase()
      const list = doc.people.filter(
        (p) =>
          p.status === 'active' &&
          (!options.orgId || p.memberships.some((m) => m.orgId === options.orgId)) &&
          (!q || matches(p.name, q) || matches(p.username, q) || matches(p.phone, q)),
      )
      return list.slice(0, options.limit ?? 30).map(toPerson)
    },
    async getPersons(ids) {
      return ids
        .map((id) => people.get(id))
        .filter((p) => !!p)
        .map(toPerson)
    },
  }
  return {
    orgName: (id) => (id ? (orgs.get(id)?.name ?? id) : ''),
    personName: (id) => (id ? (people.get(id)?.name ?? id) : ''),
    profile(personId) {
      const p = people.get(personId)
      if (!p) return undefined
      const opt = toPerson(p)
      const org = opt.orgId ? orgs.get(opt.orgId) : undefined
      const region = org ? regionOf(org.id) : undefined
      const profile: ApplicantProfile = { id: p.id, name: p.name }
      if (p.phone) profile.phone = p.phone
      if (p.email) profile.email = p.email
      if (opt.position) profile.position = opt.position
      if (org) {
        profile.orgId = org.id
        profile.orgName = org.name
      }
      if (region) {
        profile.regionId = region.id
        profile.regionName = region.name
      }
      return profile
    },
    source,
    organisations: doc.organisations,
  }

  function regionOf(orgId: string) {
    let o = orgs.get(orgId)
    for (let i = 0; o && i < 20; i++) {
      if (o.kind === 'region') return o
      o = o.parentId ? orgs.get(o.parentId) : undefined
    }
    return undefined
  }
}
