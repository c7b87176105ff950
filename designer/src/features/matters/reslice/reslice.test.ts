import { validateBundle } from '@tongban/schemas'
import { archiveLookup, secondment } from '../../../fixtures'
import { mergeBundles, splitBundle } from './reslice'

const matter = { ...archiveLookup.matter, id: 'm-new', code: 'NEW-001', name: '新事项' }

describe('re-slicing', () => {
  it('split keeps the chosen fields and flags what no longer fits', () => {
    const b = splitBundle(archiveLookup, ['applicant', 'department', 'purpose'], matter)
    expect(Object.keys(b.form.schema.properties!)).toEqual(['applicant', 'department', 'purpose'])
    expect(b.matter).toMatchObject({ id: 'm-new', status: 'draft', version: 0 })
    // the classified branch condition now names a missing field: the checks say so
    expect(validateBundle(b).some((i) => i.severity === 'error' && i.path.includes('/flow/'))).toBe(true)
    expect(archiveLookup.form.schema.properties!.classified).toBeDefined()
  })

  it('merge chains A then B into one valid flow', () => {
    const b = mergeBundles(archiveLookup, secondment, matter)
    expect(validateBundle(b).filter((i) => i.severity === 'error')).toEqual([])
    expect(b.flow.nodes.filter((n) => n.type === 'start')).toHaveLength(1)
    expect(b.flow.nodes.filter((n) => n.type === 'end').map((n) => n.id)).toEqual(['b-end'])
    expect(b.flow.edges.find((e) => e.id === 'e6')).toMatchObject({ source: 'provide', target: 'b-split' })
    expect(Object.keys(b.form.schema.properties!)).toEqual(expect.arrayContaining(['purpose', 'person', 'lendingOrg']))
  })
})
