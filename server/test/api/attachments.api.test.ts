import crypto from 'node:crypto'
import fs from 'node:fs'
import { archiveBundle } from '../support/bundles'
import type { ApiClient } from '../support/http-client'
import { publishedArchive } from '../support/scenario'
import { startTestApp, type TestApp } from '../support/test-app'

let t: TestApp
let as: (u: string) => Promise<ApiClient>
let caseId: string

beforeAll(async () => {
  t = await startTestApp()
  as = await publishedArchive(t)
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
  expect((await designer.post('/api/matters', bundle)).status).toBe(201)
  expect((await designer.post('/api/matters/with-materials/publish', {})).status).toBe(201)
  const clerk = await as('clerk')
  caseId = (await clerk.post('/api/cases', { matterId: 'with-materials', data: { purpose: '材料' } })).body.id
})
afterAll(async () => {
  await t?.close()
  fs.rmSync(t.config.dataDir, { recursive: true, force: true })
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
    const file = await fetch(`${t.baseUrl}/api/attachments/${res.body.id}`, {
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
    expect(fs.readdirSync(`${t.config.dataDir}/attachments`).filter((f) => f.endsWith('.part'))).toEqual([])
  })
})

async function loginCookie(username: string): Promise<string> {
  const res = await fetch(`${t.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'Test-Passw0rd!' }),
  })
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')
}
