import { archiveBundle } from '../support/bundles'
import { PASSWORD, seedDirectory } from '../support/fixtures'
import type { ApiClient } from '../support/http-client'
import { startTestApp, type TestApp } from '../support/test-app'

let t: TestApp
let designer: ApiClient
beforeAll(async () => {
  t = await startTestApp()
  await seedDirectory(t.pool)
  designer = t.client()
  await designer.login('designer', PASSWORD)
})
afterAll(async () => {
  await t?.close()
})

const as = async (username: string) => {
  const c = t.client()
  await c.login(username, PASSWORD)
  return c
}

describe('Matter lifecycle', () => {
  it('When a designer creates, edits, publishes, edits again and republishes, then versions are frozen and diffable', async () => {
    const created = await designer.post('/api/matters', archiveBundle())
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      id: 'archive-lookup',
      status: 'draft',
      currentVersion: 0,
      draftRevision: 1,
    })

    const v1 = await designer.post('/api/matters/archive-lookup/publish', { notes: '首次发布' })
    expect(v1.status).toBe(201)
    expect(v1.body).toMatchObject({
      version: 1,
      notes: '首次发布',
      publishedBy: 'p-designer',
      matter: { status: 'published', version: 1 },
    })

    const edited = archiveBundle({ name: '档案查阅（跨部门）' })
    ;(edited.form.schema.properties as any).phone = { type: 'string', title: '联系电话', format: 'phone' }
    delete (edited.form.schema.properties as any).copies
    edited.flow.nodes.splice(2, 0, {
      id: 'provide',
      type: 'handle',
      name: '提供复印件',
      assignees: [{ kind: 'org-head', org: { from: 'accepting' } }],
    })
    edited.flow.edges = [
      { id: 'e1', source: 'start', target: 'review' },
      { id: 'e2', source: 'review', target: 'provide' },
      { id: 'e3', source: 'provide', target: 'end' },
    ]
    const stale = await designer.put('/api/matters/archive-lookup/draft', edited, { 'if-match': '1' })
    expect(stale.status).toBe(409)
    expect(stale.body.code).toBe('matter.draft-changed')
    const saved = await designer.put('/api/matters/archive-lookup/draft', edited, {
      'if-match': String(stale.body.details.revision),
    })
    expect(saved.status).toBe(200)

    const diff = await designer.get('/api/matters/archive-lookup/diff?from=1&to=draft')
    expect(diff.status).toBe(200)
    expect(diff.body.summary).toMatchObject({
      matter: { changed: ['name'] },
      fields: { added: ['phone'], removed: ['copies'], changed: [] },
      nodes: { added: ['provide'], removed: [], changed: [] },
      edges: { added: ['e3'], removed: [], changed: ['e2'] },
    })

    expect((await designer.post('/api/matters/archive-lookup/publish', {})).body.version).toBe(2)
    const versions = await designer.get('/api/matters/archive-lookup/versions')
    expect(versions.body.items.map((v: any) => v.version)).toEqual([2, 1])
    const old = await designer.get('/api/matters/archive-lookup/versions/1')
    expect(old.body.matter.name).toBe('档案查阅')
    await expect(t.pool.query(`UPDATE matter_versions SET notes = 'x'`)).rejects.toThrow(/append-only/)
    const audit = await t.pool.query(
      `SELECT action FROM audit_log WHERE target_id = 'archive-lookup' ORDER BY id`,
    )
    expect(audit.rows.map((r) => r.action)).toEqual([
      'matter.created',
      'matter.published',
      'matter.draft-saved',
      'matter.published',
    ])
  })

  it('When a draft is invalid, then 422 lists each problem with its path', async () => {
    const bad = archiveBundle({ id: 'bad-one', code: 'LS-BAD-1' }) as any
    bad.matter.timeLimits.promisedDays = 0
    bad.flow.nodes[1].assignees = []
    const res = await designer.post('/api/matters', bad)
    expect(res.status).toBe(422)
    const paths = res.body.details.errors.map((e: any) => e.path)
    expect(paths).toEqual(
      expect.arrayContaining(['/body/matter/timeLimits/promisedDays', '/body/flow/nodes/1/assignees']),
    )
  })

  it('When the code is taken in the region, then 409 names the field', async () => {
    const res = await designer.post('/api/matters', archiveBundle({ id: 'dup', name: '重复' }))
    expect(res.status).toBe(409)
    expect(res.body.details.errors[0]).toMatchObject({ path: '/matter/code', code: 'matter.code-taken' })
  })

  it('When searching, then name, code, department and category filter the catalog', async () => {
    await designer.post(
      '/api/matters',
      archiveBundle({
        id: 'seal-use',
        code: 'LS-YZ-001',
        name: '用印申请',
        category: '行政',
        acceptingOrgId: 'reform',
      }),
    )
    const byName = await designer.get('/api/matters?q=' + encodeURIComponent('用印'))
    expect(byName.body.items.map((m: any) => m.id)).toEqual(['seal-use'])
    expect((await designer.get('/api/matters?code=LS-DA-001')).body.items.map((m: any) => m.id)).toEqual([
      'archive-lookup',
    ])
    expect((await designer.get('/api/matters?department=reform')).body.total).toBe(1)
    expect((await designer.get('/api/matters?category=档案')).body.items.map((m: any) => m.id)).toEqual([
      'archive-lookup',
    ])
  })

  it('When a clerk reads the catalog, then only published matters they may apply for appear, without drafts', async () => {
    await designer.post(
      '/api/matters',
      archiveBundle({
        id: 'county-only',
        code: 'QT-X-001',
        name: '县内事项',
        regionId: 'county',
        acceptingOrgId: 'county-finance',
        applicantScope: { kind: 'regions', orgIds: ['county'] },
      }),
    )
    await designer.post('/api/matters/county-only/publish', {})
    const cityClerk = await as('clerk')
    const list = await cityClerk.get('/api/matters')
    expect(list.body.items.map((m: any) => m.id)).toEqual(['archive-lookup'])
    expect((await cityClerk.get('/api/matters/county-only')).status).toBe(404)
    expect((await cityClerk.get('/api/matters/seal-use')).status).toBe(404)
    const detail = await cityClerk.get('/api/matters/archive-lookup')
    expect(detail.status).toBe(200)
    expect(detail.body.draft).toBeUndefined()
    expect(detail.body.published.version).toBe(2)
    expect((await cityClerk.get('/api/matters/archive-lookup/versions/draft')).status).toBe(403)
    const countyClerk = await as('clerk2')
    expect((await countyClerk.get('/api/matters')).body.items.map((m: any) => m.id).sort()).toEqual([
      'archive-lookup',
      'county-only',
    ])
    expect((await cityClerk.post('/api/matters', archiveBundle({ id: 'x1', code: 'X-1' }))).status).toBe(403)
  })

  it('When a matter is retired, exported and imported elsewhere, then the bundle round-trips', async () => {
    const exported = await designer.get('/api/matters/archive-lookup/export')
    expect(exported.status).toBe(200)
    expect(exported.headers.get('content-disposition')).toContain('LS-DA-001-2.json')
    const copy = {
      ...exported.body,
      matter: { ...exported.body.matter, id: 'archive-copy', code: 'LS-DA-009' },
    }
    const imported = await designer.post('/api/matters/import?publish=true', copy)
    expect(imported.status).toBe(200)
    expect(imported.body).toEqual({ id: 'archive-copy', created: true, publishedVersion: 1 })
    expect((await designer.post('/api/matters/archive-copy/retire')).status).toBe(204)
    expect((await designer.get('/api/matters/archive-copy')).body.status).toBe('retired')
    expect((await designer.delete('/api/matters/archive-copy')).status).toBe(409)
    expect((await designer.delete('/api/matters/seal-use')).status).toBe(204)
  })

  it('When a county variant is made of the city standard, then it copies the published version and links back', async () => {
    const res = await designer.post('/api/matters/archive-lookup/variants', {
      id: 'archive-lookup-qt',
      regionId: 'county',
      acceptingOrgId: 'county-finance',
    })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      id: 'archive-lookup-qt',
      variantOf: 'archive-lookup',
      regionId: 'county',
      code: 'LS-DA-001',
      status: 'draft',
    })
    expect(res.body.draft.flow.nodes.map((n: any) => n.id)).toEqual(['start', 'review', 'provide', 'end'])
    const variants = await designer.get('/api/matters/archive-lookup/variants')
    expect(variants.body.items.map((v: any) => v.id)).toEqual(['archive-lookup-qt'])
  })
})
