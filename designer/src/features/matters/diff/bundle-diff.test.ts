import { archiveLookup } from '../../../fixtures'
import { diffBundles, isEmptyDiff } from './bundle-diff'

describe('diffBundles', () => {
  it('finds nothing between equal bundles (status and version ignored)', () => {
    const copy = structuredClone(archiveLookup)
    copy.matter.status = 'draft'
    copy.version = 7
    expect(isEmptyDiff(diffBundles(archiveLookup, copy))).toBe(true)
  })

  it('lists added, removed and changed fields, nodes, edges and elements', () => {
    const next = structuredClone(archiveLookup)
    next.matter.timeLimits = { promisedDays: 3, legalDays: 20 }
    delete next.form.schema.properties!.purpose
    next.form.schema.properties!.phone!.title = '手机'
    next.form.schema.properties!.email = { type: 'string', 'x-component': 'Input' }
    next.flow.nodes = next.flow.nodes.filter((n) => n.id !== 'leader')
    next.flow.edges = next.flow.edges.filter((e) => e.source !== 'leader' && e.target !== 'leader')
    next.flow.nodes[1]!.name = '受理'
    const d = diffBundles(archiveLookup, next)
    expect(d.matter.changed).toEqual(['timeLimits'])
    expect(d.matter.values).toEqual({})
    expect(d.fields).toEqual({ added: ['email'], removed: ['purpose'], changed: ['phone'] })
    expect(d.nodes).toEqual({ added: [], removed: ['leader'], changed: ['accept'] })
    expect(d.edges.removed).toEqual(['e3', 'e5'])
    expect(d.settingsChanged).toBe(false)
  })

  it('gives before → after for the scalar standard elements a regional variant changes', () => {
    const variant = structuredClone(archiveLookup)
    Object.assign(variant.matter, { id: 'm-xc-da-001', code: 'XC-DA-001', regionId: 'xc', variantOf: archiveLookup.matter.id })
    const d = diffBundles(archiveLookup, variant)
    expect(d.matter.changed.sort()).toEqual(['code', 'id', 'regionId', 'variantOf'])
    expect(d.matter.values).toMatchObject({ code: { from: archiveLookup.matter.code, to: 'XC-DA-001' }, regionId: { from: archiveLookup.matter.regionId, to: 'xc' }, variantOf: { to: archiveLookup.matter.id } })
  })
})
