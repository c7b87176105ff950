import { PERMISSION_ROLES, type Permission } from '../../src/libraries/auth/permissions'
import { archiveBundle } from '../support/bundles'
import { archiveSuite } from '../support/scenario'

const suite = archiveSuite()
const as = suite.as

let caseId: string
let taskId: string

const ROLE_USERS = {
  admin: 'admin',
  designer: 'designer',
  clerk: 'clerk',
  approver: 'approver',
  supervisor: 'supervisor',
  auditor: 'auditor',
} as const

beforeAll(async () => {
  const clerk = await as('clerk')
  const c = await clerk.post('/api/cases', { matterId: 'archive-lookup', data: { purpose: '授权矩阵' } })
  caseId = c.body.id
  const { rows } = await suite.t.pool.query(`SELECT id FROM tasks WHERE case_id = $1`, [caseId])
  taskId = rows[0].id
  const designer = await as('designer')
  await designer.post('/api/matters', archiveBundle({ id: 'matrix-matter', code: 'LS-MX-001' }))
  await designer.post('/api/matters/matrix-matter/publish', {})
})

describe("Data scope: another department's case", () => {
  it.each([
    ['clerk2', 404, 'a clerk of another region'],
    ['approver2', 404, 'an approver of the same office without a task on it'],
    ['hrhead', 404, "the applicant's own department head, not involved"],
    ['countysup', 404, 'a supervisor of another region'],
    ['supervisor', 200, 'the supervisor of the city'],
    ['approver', 200, 'the approver holding its task'],
    ['clerk', 200, 'the applicant'],
    ['admin', 200, 'an administrator'],
    ['auditor', 403, 'an auditor (no case access at all)'],
    ['designer', 403, 'a designer (no case access at all)'],
  ])('When %s reads the case, then %i (%s)', async (username, status) => {
    const c = await as(username)
    expect((await c.get(`/api/cases/${caseId}`)).status).toBe(status)
    const listed = await c.get('/api/cases')
    if (status === 200) expect(listed.body.items.map((x: any) => x.id)).toContain(caseId)
    else if (listed.status === 200) expect(listed.body.items.map((x: any) => x.id)).not.toContain(caseId)
  })

  it('When someone who cannot see the case acts on its task, then 404; an admin who holds no task is refused by the engine', async () => {
    for (const u of ['clerk2', 'approver2', 'hrhead']) {
      const c = await as(u)
      expect((await c.post(`/api/tasks/${taskId}/actions`, { action: 'approve' })).status).toBe(404)
    }
    const admin = await as('admin')
    const byAdmin = await admin.post(`/api/tasks/${taskId}/actions`, { action: 'approve' })
    expect(byAdmin.status).toBe(403)
    expect(byAdmin.body.code).toBe('task.not-assignee')
  })
})

describe('Every route × every role', () => {
  const sample: Record<string, string> = { id: 'x', version: '1', token: 'no-such-token' }
  const pathFor = (path: string) =>
    path
      .replace('/api/matters/:id', '/api/matters/matrix-matter')
      .replace('/api/cases/:id', `/api/cases/${caseId}`)
      .replace('/api/tasks/:id', `/api/tasks/${taskId}`)
      .replace('/api/people/:id', '/api/people/p-clerk')
      .replace('/api/webhooks/deliveries/:id', '/api/webhooks/deliveries/1')
      .replace(/:([A-Za-z_]+)/g, (_m, name: string) => sample[name] ?? 'x')
  const allowed = (access: string, role: string) =>
    access === 'public' ||
    access === 'authenticated' ||
    (PERMISSION_ROLES[access as Permission] as readonly string[]).includes(role)

  it('then each role gets 403 exactly where its roles lack the permission, and anonymous callers 401', async () => {
    const defs = suite.t.app.routes.filter((d) => d.path !== '/api/auth/logout')
    const failures: string[] = []
    const clients = Object.fromEntries(
      await Promise.all(Object.entries(ROLE_USERS).map(async ([role, u]) => [role, await as(u)] as const)),
    )
    for (const def of defs) {
      const url = pathFor(def.path)
      const body = def.method === 'get' || def.method === 'delete' ? undefined : {}
      const anon = await suite.t.client().request(def.method.toUpperCase(), url, body)
      if (def.access !== 'public' && anon.status !== 401)
        failures.push(`anonymous ${def.method} ${url}: ${anon.status}`)
      for (const [role, client] of Object.entries(clients)) {
        const res = await client.request(def.method.toUpperCase(), url, body)
        const ok = allowed(def.access, role)
        if (ok && (res.status === 401 || res.status === 403))
          failures.push(`${role} ${def.method} ${url}: ${res.status} ${res.body?.code} (should be allowed)`)
        if (!ok && res.status !== 403)
          failures.push(`${role} ${def.method} ${url}: ${res.status} (should be 403)`)
      }
    }
    expect(failures).toEqual([])
    expect(defs.length).toBeGreaterThan(35)
  })
})
