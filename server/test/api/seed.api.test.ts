// Through the package's public entry point, as the load generator uses it.
import { seedExamples } from '../../src'
import { startTestApp, type TestApp } from '../support/test-app'

let t: TestApp
beforeAll(async () => {
  t = await startTestApp()
})
afterAll(async () => {
  await t?.close()
})

describe('Seeding the examples', () => {
  it('When the database is empty, then the examples load once, with an admin and demo logins', async () => {
    const [a, b] = await Promise.all([
      seedExamples(t.pool, 'Demo-Passw0rd!'),
      seedExamples(t.pool, 'Demo-Passw0rd!'),
    ])
    const result = a ?? b
    expect([a, b].filter(Boolean)).toHaveLength(1)
    expect(result).toMatchObject({ generated: false, password: 'Demo-Passw0rd!' })
    expect(result!.people).toBeGreaterThan(10)
    expect(result!.accounts[0]).toMatchObject({ username: 'admin', roles: ['admin'] })
    const admin = t.client()
    expect((await admin.login('admin', 'Demo-Passw0rd!')).status).toBe(200)
    const matters = await admin.get('/api/matters?status=published')
    expect(matters.body.total).toBe(result!.matters)
    const demo = t.client()
    expect((await demo.login('zhangwei', 'Demo-Passw0rd!')).status).toBe(200)
    // The examples' calendar under the id their matters name, and as the platform's default.
    const { rows } = await t.pool.query(`SELECT id, doc->>'id' AS "docId" FROM calendars ORDER BY id`)
    expect(rows).toEqual([
      { id: 'cn-mainland', docId: 'cn-mainland' },
      { id: 'default', docId: 'default' },
    ])
    expect(await seedExamples(t.pool)).toBeNull()
  })
})
