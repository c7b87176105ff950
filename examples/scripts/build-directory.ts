/**
 * Builds `data/directory.json` (DirectoryDocument): the 云溪市 organisation tree, people, positions
 * and organisation roles. Deterministic: the same sources always give the same file.
 *
 * Run: `npm run build:directory -w @tongban/examples`.
 */
import type { DirectoryDocument, Leader, Organisation, Person } from '@tongban/schemas'
import { ORG_ROLES, POSITIONS } from './directory/catalogue'
import { CITY, CITY_DEPARTMENTS, SUB_REGIONS, type DepartmentDef } from './directory/organisations'
import { PEOPLE } from './directory/people'
import { writeJson } from './lib/write-json'

export const personId = (username: string) => `p-${username}`

function buildOrganisations(): Organisation[] {
  const orgs: Organisation[] = []
  let order = 0
  const push = (o: Omit<Organisation, 'status' | 'order'>) => orgs.push({ ...o, order: ++order, status: 'active' })

  push({ id: CITY.id, name: CITY.name, shortName: '云溪', kind: 'region', regionLevel: 'city', parentId: null, code: CITY.code })
  const addDepartments = (regionId: string, regionName: string, prefix: string, code: string, depts: DepartmentDef[]) => {
    for (const d of depts) {
      const id = `${regionId}-${d.code}`
      const name = d.fullName ?? (d.name.startsWith('委') ? `中共${regionName}${d.name}` : `${regionName}${d.name}`)
      push({ id, name, shortName: d.shortName ?? `${prefix}${d.name}`, kind: 'department', parentId: regionId, code: `${code}-${d.code.toUpperCase()}` })
      for (const [oc, on] of d.offices ?? []) {
        push({ id: `${id}-${oc}`, name: on, kind: 'office', parentId: id, code: `${code}-${d.code.toUpperCase()}-${oc.toUpperCase()}` })
      }
    }
  }
  addDepartments(CITY.id, CITY.name, '市', CITY.code, CITY_DEPARTMENTS)
  for (const r of SUB_REGIONS) {
    push({ id: r.id, name: r.name, kind: 'region', regionLevel: r.level, parentId: CITY.id, code: r.code })
    const prefix = r.level === 'district' ? '区' : r.level === 'county' ? '县' : '开发区'
    addDepartments(r.id, r.name, prefix, r.code, r.departments)
  }
  return orgs
}

function phoneOf(i: number): string {
  const prefixes = ['139', '138', '137', '158', '188', '135', '159', '186']
  return `${prefixes[i % prefixes.length]}578${String(10000 + i * 37).slice(-5)}`
}

function buildPeople(orgIds: Set<string>): Person[] {
  const roleCodes = new Set(ORG_ROLES.map((r) => r.code))
  const positionCodes = new Set(POSITIONS.map((p) => p.code))
  const seen = new Set<string>()
  return PEOPLE.map((p, i) => {
    if (seen.has(p.u)) throw new Error(`duplicate username ${p.u}`)
    seen.add(p.u)
    for (const [orgId, pos] of p.m) {
      if (!orgIds.has(orgId)) throw new Error(`${p.u}: unknown organisation ${orgId}`)
      if (!positionCodes.has(pos)) throw new Error(`${p.u}: unknown position ${pos}`)
    }
    for (const [role, orgId] of p.g ?? []) {
      if (!roleCodes.has(role)) throw new Error(`${p.u}: unknown role ${role}`)
      if (!orgIds.has(orgId)) throw new Error(`${p.u}: unknown organisation ${orgId}`)
    }
    const person: Person = {
      id: personId(p.u),
      username: p.u,
      name: p.n,
      phone: phoneOf(i + 1),
      email: `${p.u}@yunxi.gov.cn`,
      memberships: p.m.map(([orgId, positionCode], k) => (k === 0 ? { orgId, positionCode, primary: true } : { orgId, positionCode })),
      roles: p.r,
      status: 'active',
    }
    if (p.g?.length) person.orgRoles = p.g.map(([role, orgId]) => ({ role, orgId }))
    return person
  })
}

/** Heads and leaders come from the people file, so an organisation never names a stranger. */
function assignHeadsAndLeaders(orgs: Organisation[]): void {
  const byId = new Map(orgs.map((o) => [o.id, o]))
  for (const p of PEOPLE) {
    for (const orgId of p.head ?? []) {
      const org = byId.get(orgId)
      if (!org) throw new Error(`${p.u}: heads unknown organisation ${orgId}`)
      if (org.headId) throw new Error(`${orgId} has two heads`)
      if (!p.m.some(([m]) => m === orgId)) throw new Error(`${p.u} heads ${orgId} without belonging to it`)
      org.headId = personId(p.u)
    }
    for (const [orgId, rank, title, oversees] of p.lead ?? []) {
      const org = byId.get(orgId)
      if (!org) throw new Error(`${p.u}: leads unknown organisation ${orgId}`)
      for (const o of oversees) if (!byId.has(o)) throw new Error(`${p.u}: oversees unknown ${o}`)
      const leader: Leader = { personId: personId(p.u), rank, title, oversees }
      org.leaders = [...(org.leaders ?? []), leader].sort((a, b) => a.rank - b.rank)
    }
  }
}

export function buildDirectory(): DirectoryDocument {
  const organisations = buildOrganisations()
  assignHeadsAndLeaders(organisations)
  const people = buildPeople(new Set(organisations.map((o) => o.id)))
  return { organisations, people, positions: POSITIONS, orgRoles: ORG_ROLES }
}

if (require.main === module) {
  const dir = buildDirectory()
  const file = writeJson('data/directory.json', dir)
  console.log(`wrote ${file}: ${dir.organisations.length} organisations, ${dir.people.length} people`)
}
