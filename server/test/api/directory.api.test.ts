import ExcelJS from 'exceljs'
import { DIRECTORY, PASSWORD, seedDirectory } from '../support/fixtures'
import { startTestApp, type TestApp } from '../support/test-app'

let t: TestApp
beforeAll(async () => {
  t = await startTestApp()
  await seedDirectory(t.pool)
})
afterAll(async () => {
  await t?.close()
})

describe('Directory import', () => {
  it('When an admin imports JSON, then it is upserted and audited; references are checked', async () => {
    const admin = t.client()
    await admin.login('admin', PASSWORD)
    const doc = {
      organisations: [
        { id: 'bigdata', name: '市大数据局', kind: 'department', parentId: 'city', status: 'active' },
      ],
      positions: [],
      orgRoles: [{ code: 'data-owner', name: '数据管理员' }],
      people: [
        {
          id: 'p-data',
          username: 'dataman',
          name: '冯数据',
          memberships: [{ orgId: 'bigdata', positionCode: 'staff', primary: true }],
          roles: ['approver'],
          orgRoles: [{ role: 'data-owner', orgId: 'bigdata' }],
          status: 'active',
        },
      ],
    }
    const res = await admin.post('/api/directory/import', doc)
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ organisations: 1, people: 1, positions: 0, orgRoles: 1 })
    const people = await admin.get('/api/people?q=冯')
    expect(people.body.items.map((p: any) => p.id)).toEqual(['p-data'])
    const audit = await t.pool.query(
      `SELECT actor_id, ip, request_id FROM audit_log WHERE action = 'directory.imported'`,
    )
    expect(audit.rows[0]).toMatchObject({ actor_id: 'p-admin' })
    expect(audit.rows[0].request_id).toBeTruthy()

    const bad = await admin.post('/api/directory/import', {
      ...doc,
      people: [{ ...doc.people[0], memberships: [{ orgId: 'nowhere', positionCode: 'staff' }] }],
    })
    expect(bad.status).toBe(422)
    expect(bad.body.details.errors[0]).toMatchObject({
      path: '/people/0/memberships/0/orgId',
      code: 'directory.unknown-org',
    })
  })

  it('When an admin uploads an Excel workbook, then its sheets are imported', async () => {
    const wb = new ExcelJS.Workbook()
    wb.addWorksheet('单位').addRows([
      ['id', 'name', 'kind', 'parentId', 'status'],
      ['police', '市公安局', 'department', 'city', 'active'],
    ])
    wb.addWorksheet('人员').addRows([
      ['id', 'username', 'name', 'memberships', 'roles', 'orgRoles'],
      ['p-police', 'police1', '陈警官', 'police:staff:primary', 'clerk,approver', 'archivist@police'],
    ])
    const buffer = Buffer.from(await wb.xlsx.writeBuffer())
    const admin = t.client()
    await admin.login('admin', PASSWORD)
    const res = await admin.request('POST', '/api/directory/import-excel', new Uint8Array(buffer), {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ organisations: 1, people: 1 })
    const dir = await admin.get('/api/directory')
    const police = dir.body.people.find((p: any) => p.id === 'p-police')
    expect(police).toMatchObject({
      roles: ['clerk', 'approver'],
      memberships: [{ orgId: 'police', positionCode: 'staff', primary: true }],
      orgRoles: [{ role: 'archivist', orgId: 'police' }],
    })
  })

  it('When a clerk tries to import, then 403; reading the directory is allowed', async () => {
    const clerk = t.client()
    await clerk.login('clerk', PASSWORD)
    expect((await clerk.post('/api/directory/import', DIRECTORY)).status).toBe(403)
    expect((await clerk.get('/api/organisations')).status).toBe(200)
  })
})
