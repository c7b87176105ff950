import type { DirectoryDocument } from '@tongban/schemas'
import type { Me } from '../../api/types'
import {
  filterChoices,
  forgetMonitoringScopes,
  loadMonitoringScope,
  seesMonitoring,
  type ViewScope,
} from './monitoring-scope'

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

/** Answer `/api/monitoring/scope` with `answers` in turn; count the calls. */
function mockScope(...answers: Array<{ status: number; body: unknown }>) {
  const fetch = jest.fn(async (input: RequestInfo | URL) => {
    expect(new URL(String(input), 'http://x').pathname).toBe('/api/monitoring/scope')
    const answer = answers.shift() ?? { status: 500, body: { code: 'internal', message: '无' } }
    return {
      ok: answer.status < 400,
      status: answer.status,
      statusText: String(answer.status),
      text: async () => JSON.stringify(answer.body),
    } as Response
  })
  global.fetch = fetch as unknown as typeof global.fetch
  return fetch
}

const REGION: ViewScope = { kind: 'region', orgIds: ['xc', 'xc-daj'], label: '青田县', labelEn: '青田县' }

describe('monitoring scope (the server decides it)', () => {
  beforeEach(() => forgetMonitoringScopes())

  it('asks nobody without monitoring:read: the scope is none and there is no menu entry', async () => {
    const fetch = mockScope()
    const s = await loadMonitoringScope(me({ roles: ['clerk'], permissions: [] }))
    expect(s.kind).toBe('none')
    expect(seesMonitoring(s)).toBe(false)
    expect(fetch).not.toHaveBeenCalled()
  })

  it("takes the server's answer and asks once per person", async () => {
    const fetch = mockScope(
      { status: 200, body: REGION },
      { status: 200, body: { ...REGION, kind: 'none', orgIds: [] } },
    )
    const sup = me({ personId: 'p-sup', roles: ['supervisor'] })
    expect(await loadMonitoringScope(sup)).toEqual(REGION)
    expect(await loadMonitoringScope(sup)).toEqual(REGION)
    expect(fetch).toHaveBeenCalledTimes(1)
    const other = await loadMonitoringScope(me({ personId: 'p-approver' }))
    expect(seesMonitoring(other)).toBe(false)
    expect(seesMonitoring(REGION)).toBe(true)
    expect(seesMonitoring(null)).toBe(false)
    expect(fetch).toHaveBeenCalledTimes(2)
  })

  it('does not keep a failed answer: the next caller asks again', async () => {
    const fetch = mockScope(
      { status: 500, body: { code: 'internal', message: '服务器内部错误' } },
      { status: 200, body: REGION },
    )
    const sup = me({ personId: 'p-sup' })
    await expect(loadMonitoringScope(sup)).rejects.toThrow('服务器内部错误')
    expect(await loadMonitoringScope(sup)).toEqual(REGION)
    expect(fetch).toHaveBeenCalledTimes(2)
  })

  it('offers only the matters, departments and regions inside the scope', () => {
    const matters = [
      { id: 'm1', acceptingOrgId: 'yx-daj', regionId: 'yx' },
      { id: 'm2', acceptingOrgId: 'xc-daj', regionId: 'xc' },
      { id: 'm3', acceptingOrgId: 'yx-rsj', regionId: 'yx' },
    ]
    const county = filterChoices(REGION, ORGS, matters)
    expect(county.matters.map((m) => m.id)).toEqual(['m2'])
    expect(county.departments.map((o) => o.id)).toEqual(['xc-daj'])
    expect(county.regions.map((o) => o.id)).toEqual(['xc'])
    const dept = filterChoices(
      { kind: 'department', orgIds: ['yx-daj', 'yx-daj-lyk'], label: 'YX-DAJ', labelEn: 'YX-DAJ' },
      ORGS,
      matters,
    )
    expect(dept.matters.map((m) => m.id)).toEqual(['m1'])
    expect(dept.regions).toEqual([])
    const all = filterChoices({ kind: 'all', orgIds: [], label: '全部', labelEn: 'All' }, ORGS, matters)
    expect(all.regions.map((o) => o.id)).toEqual(['yx', 'xc'])
  })
})
