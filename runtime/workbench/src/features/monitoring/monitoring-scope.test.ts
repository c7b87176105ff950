import type { DirectoryDocument } from '@tongban/schemas'
import type { Me } from '../../api/types'
import { descendants, filterChoices, viewScopeOf } from './monitoring-scope'

type Org = DirectoryDocument['organisations'][number]
const org = (id: string, kind: Org['kind'], parentId: string | null, extra: Partial<Org> = {}): Org =>
  ({ id, name: id.toUpperCase(), kind, parentId, status: 'active', ...extra }) as Org

const ORGS: Org[] = [
  org('yx', 'region', null),
  org('xc', 'region', 'yx'),
  org('yx-daj', 'department', 'yx', {
    headId: 'p-head',
    leaders: [{ personId: 'p-leader', rank: 1, title: '副馆长' }],
  } as Partial<Org>),
  org('yx-daj-lyk', 'office', 'yx-daj'),
  org('yx-rsj', 'department', 'yx'),
  org('xc-daj', 'department', 'xc'),
]

const me = (over: Partial<Me>): Me => ({
  kind: 'user',
  personId: 'p-x',
  username: 'x',
  name: 'X',
  roles: ['approver'],
  orgIds: [],
  primaryOrgId: null,
  regionIds: ['yx'],
  orgRoles: [],
  permissions: ['monitoring:read'],
  ...over,
})

describe('monitoring scope (as the server decides it)', () => {
  it('needs monitoring:read', () => {
    expect(viewScopeOf(me({ roles: ['clerk'], permissions: [] }), ORGS)).toBeNull()
  })

  it('gives administrators and the reform office everything', () => {
    expect(viewScopeOf(me({ roles: ['admin'] }), ORGS)).toEqual({ kind: 'all' })
    expect(viewScopeOf(me({ roles: ['designer'] }), ORGS)).toEqual({ kind: 'all' })
  })

  it('gives a supervisor the nearest region and everything below it', () => {
    const s = viewScopeOf(me({ roles: ['supervisor', 'approver'], regionIds: ['xc', 'yx'] }), ORGS)
    expect(s).toEqual({ kind: 'region', regionId: 'xc', orgIds: ['xc', 'xc-daj'] })
  })

  it('gives a head or a 分管领导 their department and its offices; other approvers nothing', () => {
    const leader = viewScopeOf(me({ personId: 'p-leader' }), ORGS)
    expect(leader).toEqual({ kind: 'department', headOf: ['yx-daj'], orgIds: ['yx-daj', 'yx-daj-lyk'] })
    expect(viewScopeOf(me({ personId: 'p-head' }), ORGS)?.kind).toBe('department')
    expect(viewScopeOf(me({ personId: 'p-nobody' }), ORGS)).toBeNull()
  })

  it('walks descendants breadth first without looping', () => {
    expect(descendants(ORGS, ['yx'])).toEqual(['yx', 'xc', 'yx-daj', 'yx-rsj', 'xc-daj', 'yx-daj-lyk'])
    // A broken directory with a cycle still ends.
    const cyclic = [org('a', 'department', 'b'), org('b', 'department', 'a')]
    expect(descendants(cyclic, ['a'])).toEqual(['a', 'b'])
  })

  it('offers only the matters, departments and regions inside the scope', () => {
    const matters = [
      { id: 'm1', acceptingOrgId: 'yx-daj', regionId: 'yx' },
      { id: 'm2', acceptingOrgId: 'xc-daj', regionId: 'xc' },
      { id: 'm3', acceptingOrgId: 'yx-rsj', regionId: 'yx' },
    ]
    const county = filterChoices({ kind: 'region', regionId: 'xc', orgIds: ['xc', 'xc-daj'] }, ORGS, matters)
    expect(county.matters.map((m) => m.id)).toEqual(['m2'])
    expect(county.departments.map((o) => o.id)).toEqual(['xc-daj'])
    expect(county.regions.map((o) => o.id)).toEqual(['xc'])
    const dept = filterChoices(
      { kind: 'department', headOf: ['yx-daj'], orgIds: ['yx-daj', 'yx-daj-lyk'] },
      ORGS,
      matters,
    )
    expect(dept.matters.map((m) => m.id)).toEqual(['m1'])
    expect(dept.regions).toEqual([])
    expect(filterChoices({ kind: 'all' }, ORGS, matters).regions.map((o) => o.id)).toEqual(['yx', 'xc'])
  })
})
