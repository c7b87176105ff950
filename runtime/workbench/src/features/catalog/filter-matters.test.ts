import type { MatterSummary } from '../../api/types'
import { distinct, filterMatters } from './filter-matters'

const m = (code: string, name: string, category: string, acceptingOrgId: string): MatterSummary => ({
  id: `m-${code}`,
  code,
  name,
  category,
  acceptingOrgId,
  regionId: 'yx',
  status: 'published',
  currentVersion: 1,
  updatedAt: '2026-01-01T00:00:00Z',
})
const list = [
  m('YX-DA-001', '跨部门档案查阅', '档案服务', 'yx-daj'),
  m('YX-RS-001', '机关工作人员借调', '人事管理', 'yx-zzb'),
]
const orgName = (id: string) => ({ 'yx-daj': '市档案馆', 'yx-zzb': '市委组织部' })[id] ?? id

describe('filterMatters', () => {
  it('finds a matter by name, code, department name or category', () => {
    expect(filterMatters(list, { q: '档案查阅' }, orgName).map((x) => x.code)).toEqual(['YX-DA-001'])
    expect(filterMatters(list, { q: 'yx-rs' }, orgName).map((x) => x.code)).toEqual(['YX-RS-001'])
    expect(filterMatters(list, { q: '组织部' }, orgName).map((x) => x.code)).toEqual(['YX-RS-001'])
    expect(filterMatters(list, { q: '人事' }, orgName).map((x) => x.code)).toEqual(['YX-RS-001'])
  })
  it('needs every word to match and combines with the selects', () => {
    expect(filterMatters(list, { q: '档案 人事' }, orgName)).toEqual([])
    expect(filterMatters(list, { department: 'yx-daj' }, orgName)).toHaveLength(1)
    expect(filterMatters(list, { category: '人事管理', q: '档案' }, orgName)).toEqual([])
    expect(filterMatters(list, {}, orgName)).toHaveLength(2)
  })
  it('lists distinct values sorted', () => {
    expect(distinct(['b', 'a', 'b'])).toEqual(['a', 'b'])
  })
})
