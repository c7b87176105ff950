import type { DirectoryDocument } from '@tongban/schemas'
import { directoryPort } from './directory-port'

const doc: DirectoryDocument = {
  organisations: [
    { id: 'city', name: '市', kind: 'region', parentId: null, headId: 'mayor', status: 'active' },
    { id: 'arch', name: '档案馆', kind: 'department', parentId: 'city', headId: 'wang', leaders: [{ personId: 'li', rank: 1 }], status: 'active' },
    { id: 'arch-1', name: '利用科', kind: 'office', parentId: 'arch', status: 'active' },
  ],
  people: [
    { id: 'wang', username: 'wang', name: '王', memberships: [{ orgId: 'arch', positionCode: 'd', primary: true }], roles: ['admin'], status: 'active' },
    { id: 'chen', username: 'chen', name: '陈', memberships: [{ orgId: 'arch-1', positionCode: 'c' }], roles: [], orgRoles: [{ role: 'archive-officer', orgId: 'arch-1' }], status: 'active' },
  ],
  positions: [],
  orgRoles: [{ code: 'archive-officer', name: '档案管理员' }],
}

describe('directoryPort', () => {
  const port = directoryPort(doc)
  it('answers tree and head questions', () => {
    expect(port.primaryOrgId('chen')).toBe('arch-1')
    expect(port.parentOrgId('arch-1')).toBe('arch')
    expect(port.orgHeadId('arch')).toBe('wang')
    expect(port.orgLeaderId('arch', 1)).toBe('li')
    expect(port.orgLeaderId('arch', 2)).toBeNull()
  })
  it('finds role holders with or without descendants', () => {
    expect(port.peopleWithRole('archive-officer', 'arch', false)).toEqual([])
    expect(port.peopleWithRole('archive-officer', 'arch', true)).toEqual(['chen'])
    expect(port.adminIds()).toEqual(['wang'])
    expect(port.isActivePerson('nobody')).toBe(false)
  })
})
