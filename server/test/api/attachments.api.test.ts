import crypto from 'node:crypto'
import fs from 'node:fs'
import { archiveBundle } from '../support/bundles'
import type { ApiClient } from '../support/http-client'
import { archiveSuite } from '../support/scenario'
import { purgeUnboundUploads } from '../../src/components/attachments/domain/purge-unbound'

const suite = archiveSuite()
const as = suite.as

let caseId: string

beforeAll(async () => {
  const designer = await as('designer')
  const bundle = archiveBundle({
    id: 'with-materials',
    code: 'LS-CL-001',
    materials: [
      {
        id: 'letter',
        name: '介绍信',
        required: false,
        systemSupplied: false,
        accept: ['pdf'],
        maxSizeMb: 0.001,
      },
    ],
  })
  // A MaterialUpload field: its value lists { materialId, attachmentId, name }.
  ;(bundle.form.schema.properties as Record<string, unknown>).materials = {
    type: 'array',
    title: '申请材料',
    'x-component': 'MaterialUpload',
    'x-decorator': 'FormItem',
  }
  expect((await designer.post('/api/matters', bundle)).status).toBe(201)
  expect((await designer.post('/api/matters/with-materials/publish', {})).status).toBe(201)
  const clerk = await as('clerk')
  caseId = (await clerk.post('/api/cases', { matterId: 'with-materials', data: { purpose: '材料' } })).body.id
})
afterAll(async () => {
  fs.rmSync(suite.t.config.dataDir, { recursive: true, force: true })
})

const upload = (c: ApiClient, name: string, bytes: Buffer) =>
  c.request(
    'POST',
    `/api/cases/${caseId}/attachments?name=${encodeURIComponent(name)}&materialId=letter`,
    new Uint8Array(bytes),
    { 'content-type': 'application/pdf' },
  )

describe('Attachments', () => {
  it('When a clerk uploads a material, then it is stored with its checksum and downloads intact', async () => {
    const clerk = await as('clerk')
    const bytes = crypto.randomBytes(600)
    const res = await upload(clerk, '介绍信.pdf', bytes)
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      materialId: 'letter',
      name: '介绍信.pdf',
      size: 600,
      sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
    })
    const detail = await clerk.get(`/api/cases/${caseId}`)
    expect(detail.body.case.attachments.map((a: any) => a.id)).toEqual([res.body.id])
    const file = await fetch(`${suite.t.baseUrl}/api/attachments/${res.body.id}`, {
      headers: { cookie: await loginCookie('clerk') },
    })
    expect(file.status).toBe(200)
    expect(Buffer.from(await file.arrayBuffer()).equals(bytes)).toBe(true)
  })

  it("When the type or size is wrong, or the case is someone else's, then it is refused", async () => {
    const clerk = await as('clerk')
    expect((await upload(clerk, 'virus.exe', Buffer.from('x'))).status).toBe(415)
    expect((await upload(clerk, 'big.pdf', crypto.randomBytes(5000))).status).toBe(413)
    const other = await as('clerk2')
    expect((await upload(other, 'a.pdf', Buffer.from('x'))).status).toBe(404)
    expect(
      fs.readdirSync(`${suite.t.config.dataDir}/attachments`).filter((f) => f.endsWith('.part')),
    ).toEqual([])
  })
})

/** `POST /api/attachments` as the browser sends it: multipart, field `file` (then `materialId`). */
async function uploadUnbound(
  c: ApiClient,
  name: string,
  bytes: Buffer,
  fields: Record<string, string> = {},
  query = '',
) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), name)
  for (const [k, v] of Object.entries(fields)) form.append(k, v)
  const res = await fetch(`${suite.t.baseUrl}/api/attachments${query}`, {
    method: 'POST',
    headers: { cookie: c.cookieHeader(), 'x-csrf-token': c.csrf ?? '' },
    body: form,
  })
  return { status: res.status, body: (await res.json()) as any }
}

const download = async (c: ApiClient, id: string) =>
  fetch(`${suite.t.baseUrl}/api/attachments/${id}`, { headers: { cookie: c.cookieHeader() } })

const entry = (a: { id: string; name: string }, materialId = 'letter') => ({
  materialId,
  attachmentId: a.id,
  name: a.name,
})

describe('Uploads before the case exists (POST /api/attachments)', () => {
  it('When a clerk uploads a file, then it is stored unbound, checksummed, and only the uploader may download it', async () => {
    const clerk = await as('clerk')
    const bytes = crypto.randomBytes(700)
    const res = await uploadUnbound(clerk, '介绍信.pdf', bytes, { materialId: 'letter' })
    expect(res.status).toBe(201)
    expect(res.body).toEqual({
      id: expect.stringMatching(/^a-/),
      materialId: 'letter',
      name: '介绍信.pdf',
      size: 700,
      sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
      contentType: 'application/pdf',
      url: `/api/attachments/${res.body.id}`,
    })
    const mine = await download(clerk, res.body.id)
    expect(mine.status).toBe(200)
    expect(Buffer.from(await mine.arrayBuffer()).equals(bytes)).toBe(true)
    expect((await download(await as('clerk2'), res.body.id)).status).toBe(404)
    expect((await download(await as('admin'), res.body.id)).status).toBe(404)
  })

  it('When a case draft references the upload, then it is bound to the case and readable in its scope', async () => {
    const clerk = await as('clerk')
    const up = (await uploadUnbound(clerk, '介绍信.pdf', crypto.randomBytes(300))).body
    const started = await clerk.post('/api/cases', {
      matterId: 'with-materials',
      submit: false,
      data: { purpose: '草稿', materials: [entry(up)] },
    })
    expect(started.status).toBe(201)
    expect(started.body.attachments).toEqual([
      {
        id: up.id,
        materialId: 'letter',
        name: '介绍信.pdf',
        size: 300,
        sha256: up.sha256,
        contentType: 'application/pdf',
      },
    ])
    const { rows } = await suite.t.pool.query('SELECT case_id FROM attachments WHERE id = $1', [up.id])
    expect(rows[0].case_id).toBe(started.body.id)
    expect((await download(await as('admin'), up.id)).status).toBe(200)
    expect((await download(await as('clerk2'), up.id)).status).toBe(404)
    // Saving the draft again with the same reference is fine (bound to this very case).
    const second = (await uploadUnbound(clerk, '补充.pdf', crypto.randomBytes(200))).body
    const submitted = await clerk.post(`/api/cases/${started.body.id}/actions`, {
      action: 'submit',
      data: { materials: [entry(up), entry(second)] },
    })
    expect(submitted.status).toBe(200)
    const detail = await clerk.get(`/api/cases/${started.body.id}`)
    expect(detail.body.case.attachments.map((a: any) => a.id)).toEqual([up.id, second.id])
    // The pinned version's materials as a checklist, with the files that satisfy each.
    expect(detail.body.materials).toEqual([
      {
        id: 'letter',
        name: '介绍信',
        required: false,
        systemSupplied: false,
        accept: ['pdf'],
        maxSizeMb: 0.001,
        attachments: [
          expect.objectContaining({ id: up.id, name: '介绍信.pdf', url: `/api/attachments/${up.id}` }),
          expect.objectContaining({ id: second.id, name: '补充.pdf', url: `/api/attachments/${second.id}` }),
        ],
        satisfied: true,
        missing: false,
      },
    ])
  })

  it("When a case references someone else's upload, or one bound to another case, then it is refused with 422 naming the field", async () => {
    const clerk = await as('clerk')
    const up = (await uploadUnbound(clerk, '介绍信.pdf', crypto.randomBytes(100))).body
    const other = await as('clerk2')
    const theirs = await other.post('/api/cases', {
      matterId: 'with-materials',
      submit: false,
      data: { purpose: 'x', materials: [entry(up)] },
    })
    expect(theirs.status).toBe(422)
    expect(theirs.body.details.errors).toEqual([
      expect.objectContaining({ path: '/data/materials/0/attachmentId', code: 'attachment.not-yours' }),
    ])
    expect(theirs.body.details.errors[0].message).toContain('materials')
    const first = await clerk.post('/api/cases', {
      matterId: 'with-materials',
      submit: false,
      data: { purpose: 'x', materials: [entry(up)] },
    })
    expect(first.status).toBe(201)
    const again = await clerk.post('/api/cases', {
      matterId: 'with-materials',
      submit: false,
      data: { purpose: 'y', materials: [entry(up)] },
    })
    expect(again.status).toBe(422)
    expect(again.body.details.errors[0].path).toBe('/data/materials/0/attachmentId')
    const unknown = await clerk.post('/api/cases', {
      matterId: 'with-materials',
      submit: false,
      data: { purpose: 'z', materials: [{ materialId: 'letter', attachmentId: 'a-nope', name: 'x.pdf' }] },
    })
    expect(unknown.status).toBe(422)
  })

  it("When the file breaks the material's type or size limit, then the upload (or the case referencing it) is refused", async () => {
    const clerk = await as('clerk')
    const q = '?matterId=with-materials&materialId=letter'
    expect((await uploadUnbound(clerk, 'virus.exe', Buffer.from('x'), {}, q)).status).toBe(415)
    expect((await uploadUnbound(clerk, 'big.pdf', crypto.randomBytes(5000), {}, q)).status).toBe(413)
    // Limits named in the form fields (after the file) are checked once the file is in.
    const late = await uploadUnbound(clerk, 'virus.exe', Buffer.from('x'), {
      matterId: 'with-materials',
      materialId: 'letter',
    })
    expect(late.status).toBe(415)
    // Without a matter the upload passes; binding it to the material then fails, naming the field.
    const loose = (await uploadUnbound(clerk, 'photo.exe', Buffer.from('x'))).body
    const res = await clerk.post('/api/cases', {
      matterId: 'with-materials',
      submit: false,
      data: { purpose: 'x', materials: [entry(loose)] },
    })
    expect(res.status).toBe(422)
    expect(res.body.details.errors).toEqual([
      expect.objectContaining({ path: '/data/materials/0/attachmentId', code: 'attachment.type' }),
    ])
    expect(
      fs.readdirSync(`${suite.t.config.dataDir}/attachments`).filter((f) => f.endsWith('.part')),
    ).toEqual([])
  })

  it('When the request is not multipart or has no file, then it is refused', async () => {
    const clerk = await as('clerk')
    expect((await clerk.post('/api/attachments', { file: 'x' })).status).toBe(415)
    const form = new FormData()
    form.append('materialId', 'letter')
    const res = await fetch(`${suite.t.baseUrl}/api/attachments`, {
      method: 'POST',
      headers: { cookie: clerk.cookieHeader(), 'x-csrf-token': clerk.csrf ?? '' },
      body: form,
    })
    expect(res.status).toBe(422)
    expect(((await res.json()) as any).details.errors[0].path).toBe('/body/file')
  })

  it('When an upload stays unbound for more than a day, then the purge job removes its row and file', async () => {
    const clerk = await as('clerk')
    const stale = (await uploadUnbound(clerk, 'old.pdf', Buffer.from('old'))).body
    const fresh = (await uploadUnbound(clerk, 'new.pdf', Buffer.from('new'))).body
    await suite.t.pool.query(
      `UPDATE attachments SET created_at = now() - interval '25 hours' WHERE id = $1`,
      [stale.id],
    )
    const removed = await purgeUnboundUploads(suite.t.pool, suite.t.config.dataDir)
    expect(removed).toBeGreaterThanOrEqual(1)
    const { rows } = await suite.t.pool.query('SELECT id FROM attachments WHERE id = ANY($1)', [
      [stale.id, fresh.id],
    ])
    expect(rows.map((r) => r.id)).toEqual([fresh.id])
    expect(fs.existsSync(`${suite.t.config.dataDir}/attachments/${stale.id}`)).toBe(false)
    expect(fs.existsSync(`${suite.t.config.dataDir}/attachments/${fresh.id}`)).toBe(true)
  })

  it('When the uploader deletes an unbound upload, then its row and file are gone and it is audited; others cannot, and a saved case keeps its files', async () => {
    const clerk = await as('clerk')
    const up = (await uploadUnbound(clerk, '错传.pdf', Buffer.from('wrong file'))).body
    const file = `${suite.t.config.dataDir}/attachments/${up.id}`
    expect(fs.existsSync(file)).toBe(true)

    for (const other of ['clerk2', 'admin']) {
      const refused = await (await as(other)).request('DELETE', `/api/attachments/${up.id}`)
      expect(refused.status).toBe(404)
    }
    expect(fs.existsSync(file)).toBe(true)

    const deleted = await clerk.request('DELETE', `/api/attachments/${up.id}`)
    expect(deleted.status).toBe(204)
    expect((await suite.t.pool.query('SELECT 1 FROM attachments WHERE id = $1', [up.id])).rowCount).toBe(0)
    expect(fs.existsSync(file)).toBe(false)
    const { rows: audit } = await suite.t.pool.query(
      `SELECT actor_id, data FROM audit_log WHERE action = 'attachment.deleted' AND target_id = $1`,
      [up.id],
    )
    expect(audit).toEqual([{ actor_id: 'p-clerk', data: { name: '错传.pdf', sha256: up.sha256, size: 10 } }])
    expect((await clerk.request('DELETE', `/api/attachments/${up.id}`)).status).toBe(404)

    // Bound to a saved draft: the case keeps it.
    const kept = (await uploadUnbound(clerk, '介绍信.pdf', crypto.randomBytes(100))).body
    const draft = await clerk.post('/api/cases', {
      matterId: 'with-materials',
      submit: false,
      data: { purpose: '草稿', materials: [entry(kept)] },
    })
    expect(draft.status).toBe(201)
    const bound = await clerk.request('DELETE', `/api/attachments/${kept.id}`)
    expect(bound.status).toBe(409)
    expect(bound.body).toMatchObject({ code: 'attachment.bound', details: { caseId: draft.body.id } })
    expect(fs.existsSync(`${suite.t.config.dataDir}/attachments/${kept.id}`)).toBe(true)
  })

  it('When the OpenAPI document is read, then the upload route is described as multipart with its response', async () => {
    const doc = (await (await as('clerk')).get('/api/openapi.json')).body
    const op = doc.paths['/api/attachments'].post
    expect(Object.keys(op.requestBody.content)).toEqual(['multipart/form-data'])
    expect(op.responses['201'].content['application/json'].schema.$ref).toBe(
      '#/components/schemas/StoredAttachment',
    )
  })
})

async function loginCookie(username: string): Promise<string> {
  const res = await fetch(`${suite.t.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'Test-Passw0rd!' }),
  })
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')
}
