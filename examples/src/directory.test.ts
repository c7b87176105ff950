import { DirectoryDocument, PLATFORM_ROLES, validateAgainst } from '@tongban/schemas'
import { DEMO_PEOPLE, loadDirectory } from './index'
import { createDirectoryLookup } from './directory-lookup'

const dir = loadDirectory()
const look = createDirectoryLookup(dir)
const regions = dir.organisations.filter((o) => o.kind === 'region')
const primaryOrg = (personId: string) => look.person(personId)!.memberships.find((m) => m.primary)!.orgId

describe('directory (人员库/单位库)', () => {
  it('validates against DirectoryDocument', () => {
    const result = validateAgainst(DirectoryDocument, dir)
    expect(result.issues).toEqual([])
  })

  it('has unique ids, usernames, position and role codes', () => {
    const unique = (xs: string[]) => expect(new Set(xs).size).toBe(xs.length)
    unique(dir.organisations.map((o) => o.id))
    unique(dir.people.map((p) => p.id))
    unique(dir.people.map((p) => p.username))
    unique(dir.positions.map((p) => p.code))
    unique(dir.orgRoles.map((r) => r.code))
    unique(dir.people.map((p) => p.phone ?? p.id))
    unique(dir.people.map((p) => p.email ?? p.id))
  })

  it('is a tree: region > department > office, one root city', () => {
    const roots = dir.organisations.filter((o) => o.parentId === null)
    expect(roots.map((r) => r.id)).toEqual(['yx'])
    for (const o of dir.organisations) {
      if (o.parentId === null) continue
      const parent = look.org(o.parentId)
      expect(parent).toBeDefined()
      const expected = { region: 'region', department: 'region', office: 'department' }[o.kind]
      expect({ id: o.id, parentKind: parent!.kind }).toEqual({ id: o.id, parentKind: expected })
      expect(look.ancestors(o.id).at(-1)?.id).toBe('yx')
      expect(o.regionLevel === undefined).toBe(o.kind !== 'region')
    }
  })

  it('has ~30 municipal departments with 2–4 offices each', () => {
    const cityDepts = dir.organisations.filter((o) => o.parentId === 'yx' && o.kind === 'department')
    expect(cityDepts.length).toBeGreaterThanOrEqual(30)
    for (const d of cityDepts) {
      const offices = dir.organisations.filter((o) => o.parentId === d.id)
      expect({ dept: d.id, offices: offices.length >= 2 && offices.length <= 4 }).toEqual({ dept: d.id, offices: true })
    }
  })

  it('has 9 counties/districts and an economic development zone, each with 6–10 departments', () => {
    const subRegions = regions.filter((r) => r.parentId === 'yx')
    expect(subRegions.filter((r) => r.regionLevel === 'county' || r.regionLevel === 'district')).toHaveLength(9)
    expect(subRegions.filter((r) => r.regionLevel === 'zone')).toHaveLength(1)
    for (const r of subRegions) {
      const depts = dir.organisations.filter((o) => o.parentId === r.id && o.kind === 'department')
      expect({ region: r.id, ok: depts.length >= 6 && depts.length <= 10 }).toEqual({ region: r.id, ok: true })
    }
  })

  it('names only existing people as heads and leaders, who belong to the organisation they head', () => {
    for (const o of dir.organisations) {
      if (o.headId) {
        const head = look.person(o.headId)
        expect(head?.memberships.some((m) => m.orgId === o.id)).toBe(true)
      }
      for (const l of o.leaders ?? []) {
        expect(look.person(l.personId)).toBeDefined()
        const below = new Set(look.descendants(o.id).map((d) => d.id))
        for (const overseen of l.oversees ?? []) expect({ leader: l.personId, overseen, ok: below.has(overseen) }).toEqual({ leader: l.personId, overseen, ok: true })
      }
    }
    // heads by level: city, its general office, a department and one of its offices
    expect(look.headOf('yx')?.username).toBe('zhoumingyuan')
    expect(look.headOf('yx-daj-lyk')?.username).toBe('huangwei')
    expect(look.headOf('yx-daj-lyk', 1)?.username).toBe('hejianhua')
    expect(look.org('yx')!.leaders!.map((l) => l.rank)).toEqual([1, 2])
  })

  it('gives every person known organisations and positions, with exactly one primary membership', () => {
    const positions = new Set(dir.positions.map((p) => p.code))
    const roles = new Set(dir.orgRoles.map((r) => r.code))
    for (const p of dir.people) {
      expect(p.memberships.filter((m) => m.primary)).toHaveLength(1)
      for (const m of p.memberships) {
        expect(look.org(m.orgId)).toBeDefined()
        expect(positions.has(m.positionCode)).toBe(true)
      }
      for (const g of p.orgRoles ?? []) {
        expect(roles.has(g.role)).toBe(true)
        expect(look.org(g.orgId)).toBeDefined()
      }
      for (const r of p.roles) expect(PLATFORM_ROLES).toContain(r)
    }
    expect(dir.people.filter((p) => p.memberships.length > 1).length).toBeGreaterThanOrEqual(3)
  })

  it('grants every organisation role to someone', () => {
    const granted = new Set(dir.people.flatMap((p) => (p.orgRoles ?? []).map((g) => g.role)))
    for (const r of dir.orgRoles) expect({ role: r.code, granted: granted.has(r.code) }).toEqual({ role: r.code, granted: true })
  })

  it('has the platform roles the product needs: 2 admins, 3 reform-office designers, 2 supervisors, 1 auditor', () => {
    const withRole = (role: string) => dir.people.filter((p) => p.roles.includes(role as never))
    expect(withRole('admin')).toHaveLength(2)
    const designers = withRole('designer')
    expect(designers).toHaveLength(3)
    for (const d of designers) expect(look.ancestors(primaryOrg(d.id)).map((o) => o.id)).toContain('yx-ggb')
    const supervisors = withRole('supervisor')
    expect(supervisors).toHaveLength(2)
    expect(supervisors.map((s) => look.ancestors(primaryOrg(s.id)).at(-2)?.id ?? 'yx').sort()).toEqual(['xc', 'yx-zwb'].sort())
    expect(withRole('auditor')).toHaveLength(1)
    expect(withRole('clerk').length).toBeGreaterThanOrEqual(30)
    expect(withRole('approver').length).toBeGreaterThanOrEqual(30)
    expect(dir.people.length).toBeGreaterThanOrEqual(80)
  })

  it('resolves every DEMO_PEOPLE entry to the same person in the directory', () => {
    for (const [key, demo] of Object.entries(DEMO_PEOPLE)) {
      const p = look.person(demo.id)
      expect({ key, username: p?.username, name: p?.name, org: p && primaryOrg(p.id) }).toEqual({
        key,
        username: demo.username,
        name: demo.name,
        org: demo.orgId,
      })
    }
    expect(look.person(DEMO_PEOPLE.bystander.id)!.orgRoles ?? []).toEqual([])
    expect(look.person(DEMO_PEOPLE.admin.id)!.roles).toContain('admin')
    expect(look.person(DEMO_PEOPLE.designer.id)!.roles).toContain('designer')
    expect(look.person(DEMO_PEOPLE.auditor.id)!.roles).toEqual(['auditor'])
    expect(look.roleHolders('archivist', 'yx-daj', true).map((p) => p.id)).toContain(DEMO_PEOPLE.archiveApprover.id)
  })
})
