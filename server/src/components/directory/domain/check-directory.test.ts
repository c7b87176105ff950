import { checkDirectory } from './check-directory'

const doc = {
  organisations: [
    { id: 'city', name: '丽水市', kind: 'region', regionLevel: 'city', parentId: null, status: 'active' },
    { id: 'archive', name: '市档案馆', kind: 'department', parentId: 'city', status: 'active' },
  ],
  positions: [{ code: 'staff', name: '科员', level: 1 }],
  orgRoles: [{ code: 'archivist', name: '档案管理员' }],
  people: [
    {
      id: 'p1',
      username: 'wang',
      name: '王伟',
      memberships: [{ orgId: 'archive', positionCode: 'staff', primary: true }],
      roles: ['clerk'],
      orgRoles: [{ role: 'archivist', orgId: 'archive' }],
      status: 'active',
    },
  ],
}

describe('checkDirectory', () => {
  it('accepts a consistent document', () => {
    expect(checkDirectory(doc).ok).toBe(true)
  })

  it('names each dangling reference by its path', () => {
    const bad = structuredClone(doc) as any
    bad.organisations[1].parentId = 'nowhere'
    bad.people[0].memberships[0].positionCode = 'boss'
    bad.people[0].orgRoles[0].role = 'ghost'
    const result = checkDirectory(bad)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues.map((i) => [i.path, i.code])).toEqual([
      ['/organisations/1/parentId', 'directory.unknown-org'],
      ['/people/0/memberships/0/positionCode', 'directory.unknown-position'],
      ['/people/0/orgRoles/0/role', 'directory.unknown-role'],
    ])
  })

  it('reports shape errors from the contract', () => {
    const result = checkDirectory({ organisations: [] })
    expect(result.ok).toBe(false)
  })
})
