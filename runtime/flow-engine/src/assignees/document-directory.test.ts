import type { DirectoryDocument } from '@tongban/schemas'
import { createDirectoryPort } from './document-directory'

const doc: DirectoryDocument = {
  organisations: [
    { id: 'city', name: '市', kind: 'region', parentId: null, headId: 'mayor', leaders: [{ personId: 'vice', rank: 1 }], status: 'active' },
    { id: 'dept', name: '局', kind: 'department', parentId: 'city', headId: 'retired', status: 'active' },
    { id: 'office', name: '科', kind: 'office', parentId: 'dept', status: 'active' },
  ],
  people: [
    { id: 'mayor', username: 'mayor', name: '市长', memberships: [{ orgId: 'city', positionCode: 'p' }], roles: ['approver'], status: 'active' },
    { id: 'vice', username: 'vice', name: '副市长', memberships: [{ orgId: 'city', positionCode: 'p' }], roles: ['approver'], status: 'active' },
    { id: 'retired', username: 'retired', name: '退休', memberships: [{ orgId: 'dept', positionCode: 'p' }], roles: [], status: 'inactive' },
    {
      id: 'clerk',
      username: 'clerk',
      name: '科员',
      memberships: [{ orgId: 'dept', positionCode: 'p' }, { orgId: 'office', positionCode: 'p', primary: true }],
      roles: ['clerk', 'admin'],
      orgRoles: [{ role: 'archivist', orgId: 'office' }],
      status: 'active',
    },
  ],
  positions: [{ code: 'p', name: '职务', level: 1 }],
  orgRoles: [{ code: 'archivist', name: '档案员' }],
}

describe('createDirectoryPort', () => {
  const port = createDirectoryPort(doc)
  it('answers the engine’s questions from the document', () => {
    expect(port.primaryOrgId('clerk')).toBe('office')
    expect(port.parentOrgId('office')).toBe('dept')
    expect(port.orgHeadId('city')).toBe('mayor')
    expect(port.orgLeaderId('city', 1)).toBe('vice')
    expect(port.adminIds()).toEqual(['clerk'])
  })
  it('never returns inactive people (a stale head triggers the empty-assignee policy)', () => {
    expect(port.orgHeadId('dept')).toBeNull()
    expect(port.isActivePerson('retired')).toBe(false)
  })
  it('finds role holders in an organisation or below it', () => {
    expect(port.peopleWithRole('archivist', 'dept', false)).toEqual([])
    expect(port.peopleWithRole('archivist', 'dept', true)).toEqual(['clerk'])
  })
})
