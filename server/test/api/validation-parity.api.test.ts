import { parityFixtures, type ParityFixture } from '@tongban/form-core'
import { archiveBundle } from '../support/bundles'
import type { ApiClient } from '../support/http-client'
import { archiveSuite } from '../support/scenario'

const suite = archiveSuite()
const as = suite.as

/**
 * Server-side validation parity: the same data the browser (and @tongban/form-core) rejects, the
 * server rejects with the same field paths and codes; what it accepts, the server accepts.
 */
let designer: ApiClient
let clerk: ApiClient
let approver: ApiClient

beforeAll(async () => {
  designer = await as('designer')
  clerk = await as('clerk')
  approver = await as('approver')
})

const key = (e: { path: string; code: string }) => `${e.path}:${e.code}`
const fromApi = (errors: Array<{ path: string; code: string }>) =>
  errors
    .map((e) =>
      key({
        path: e.path
          .replace(/^\/data\/?/, '')
          .split('/')
          .join('.'),
        code: e.code,
      }),
    )
    .sort()

async function publishFixtureMatter(f: ParityFixture, n: number): Promise<string> {
  const bundle = archiveBundle({
    id: `parity-${n}`,
    code: `LS-PT-${String(n).padStart(3, '0')}`,
    name: `一致性 ${f.name}`.slice(0, 100),
  })
  bundle.form = f.form
  if (f.options?.fieldAccess) {
    // What the approver edits (the opinion) is theirs: the applicant only reads it.
    const approverFields = Object.entries(f.options.fieldAccess.fields).filter(([, a]) => a === 'edit')
    bundle.flow.nodes[0] = {
      id: 'start',
      type: 'start',
      name: '申请',
      fieldPermissions: {
        default: 'edit',
        fields: Object.fromEntries(approverFields.map(([k]) => [k, 'read'])),
      },
    }
    bundle.flow.nodes[1] = {
      id: 'review',
      type: 'approval',
      name: '审核',
      assignees: [{ kind: 'person', personIds: ['p-approver'] }],
      fieldPermissions: f.options.fieldAccess,
    }
  } else {
    bundle.flow.nodes[1] = {
      id: 'review',
      type: 'approval',
      name: '审核',
      assignees: [{ kind: 'person', personIds: ['p-approver'] }],
    }
  }
  expect((await designer.post('/api/matters', bundle)).status).toBe(201)
  const published = await designer.post(`/api/matters/${bundle.matter.id}/publish`, {})
  expect(published.status).toBe(201)
  return bundle.matter.id
}

describe('Server-side validation parity with @tongban/form-core', () => {
  const fixtures = parityFixtures()
  it.each(fixtures.map((f, i) => [f.name, i] as const))('fixture %s', async (_name, i) => {
    const f = fixtures[i] as ParityFixture
    const matterId = await publishFixtureMatter(f, i)
    const expected = f.expectedErrors.map(key).sort()
    if (f.options?.fieldAccess) {
      // An approver edits on a node with these field permissions, over the applicant's data.
      // The applicant's submission: the fixture's earlier data plus what the start node requires.
      const started = await clerk.post('/api/cases', {
        matterId,
        data: { purpose: '核对人事档案中的任职记录', ...f.options.previousData },
      })
      if (started.status !== 201) throw new Error(JSON.stringify(started.body))
      const task = (await approver.get(`/api/cases/${started.body.id}`)).body.tasks.find(
        (x: any) => x.status === 'open',
      )
      const res = await approver.post(`/api/tasks/${task.id}/actions`, { action: 'approve', data: f.data })
      if (expected.length) {
        expect(res.status).toBe(422)
        expect(fromApi(res.body.details.errors)).toEqual(expected)
      } else {
        if (res.status !== 200) throw new Error(JSON.stringify(res.body))
      }
      return
    }
    const res = await clerk.post('/api/cases', { matterId, data: f.data })
    if (typeof f.data !== 'object' || f.data === null || Array.isArray(f.data)) {
      // Not an object: refused by the request schema before the form is even looked at.
      expect(res.status).toBe(422)
      return
    }
    if (expected.length) {
      expect(res.status).toBe(422)
      expect(fromApi(res.body.details.errors)).toEqual(expected)
    } else {
      expect(res.status).toBe(201)
      if (f.expectedValues) {
        const detail = await clerk.get(`/api/cases/${res.body.id}`)
        expect(detail.body.case.data).toEqual(f.expectedValues)
      }
    }
  })
})
