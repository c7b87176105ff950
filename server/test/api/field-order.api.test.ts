import { archiveBundle } from '../support/bundles'
import { PASSWORD, seedDirectory } from '../support/fixtures'
import { startTestApp, type TestApp } from '../support/test-app'

let t: TestApp
beforeAll(async () => {
  t = await startTestApp()
  await seedDirectory(t.pool)
})
afterAll(async () => {
  await t?.close()
})

// The form shows fields in the order of their keys; jsonb would sort them (shortest first).
const ORDER = ['purposeOfTheRequest', 'zz', 'applicantDepartment', 'a', 'remarks']

function bundleWithOrderedFields() {
  const bundle = archiveBundle({ id: 'field-order', code: 'TEST-FO-001', name: '字段顺序' } as never)
  const properties: Record<string, unknown> = {}
  for (const name of ORDER) properties[name] = { type: 'string', title: name, 'x-decorator': 'FormItem', 'x-component': 'Input' }
  bundle.form.schema.properties = properties as never
  bundle.flow.nodes = bundle.flow.nodes.map((n) => ('fieldPermissions' in n ? { ...n, fieldPermissions: undefined } : n)) as never
  return bundle
}

describe('Form field order', () => {
  it('When a designer saves and publishes a form, then the draft and the published version keep the fields in the order written', async () => {
    const designer = t.client()
    await designer.login('designer', PASSWORD)
    const created = await designer.post('/api/matters', bundleWithOrderedFields())
    expect(created.status).toBe(201)

    const published = await designer.post('/api/matters/field-order/publish', { notes: 'order' })
    expect(published.status).toBe(201)

    const draft = await designer.get('/api/matters/field-order')
    expect(Object.keys(draft.body.draft.form.schema.properties)).toEqual(ORDER)
    const version = await designer.get('/api/matters/field-order/versions/1')
    expect(Object.keys(version.body.form.schema.properties)).toEqual(ORDER)
  })
})
