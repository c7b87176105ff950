import { validateBundle } from '@tongban/schemas'
import { archiveLookup, secondment } from '../../../fixtures'
import { mergeBundles, splitBundle, splitInTwo } from './reslice'

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

  it('split into two: the chosen fields and the rest, the directory-filled applicant fields in both', () => {
    const second = { ...matter, id: 'm-new-2', code: 'NEW-002', name: '新事项二' }
    const all = Object.keys(archiveLookup.form.schema.properties!)
    const [a, b] = splitInTwo(archiveLookup, ['purpose', 'phone'], matter, second)
    const aKeys = Object.keys(a.form.schema.properties!)
    const bKeys = Object.keys(b.form.schema.properties!)
    expect(aKeys).toEqual(expect.arrayContaining(['purpose', 'phone']))
    expect(bKeys).not.toContain('purpose')
    expect(bKeys).not.toContain('phone')
    // every field lands somewhere; only the shared applicant fields land in both
    expect(new Set([...aKeys, ...bKeys])).toEqual(new Set(all))
    const both = aKeys.filter((k) => bKeys.includes(k))
    for (const k of both) expect(archiveLookup.form.schema.properties![k]!['x-tongban']?.standardField).toBeDefined()
    expect([a.matter.code, b.matter.code]).toEqual(['NEW-001', 'NEW-002'])
    expect(archiveLookup.form.schema.properties!.purpose).toBeDefined()
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
