/** @jest-environment jsdom */
import { deserialize, serialize } from 'node:v8'
import { SAMPLE_BUNDLES } from '../../../fixtures'
import { allBundles } from '../../../fixtures/all-bundles.test-support'
import { autoLayout } from '../layout/auto-layout'
import { exportBpmn, xmlId } from './export-bpmn'
import { TB_NS } from './tongban-extensions'

// jsdom's window lacks structuredClone (dagre uses it).
globalThis.structuredClone ??= ((v: unknown) => deserialize(serialize(v))) as typeof structuredClone

const MODEL = 'http://www.omg.org/spec/BPMN/20100524/MODEL'

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml')
  const error = doc.getElementsByTagName('parsererror')[0]
  if (error) throw new Error(error.textContent ?? 'parse error')
  return doc
}

describe('exportBpmn', () => {
  it.each(allBundles())('%s: well-formed, every node and edge present', (_, bundle) => {
    const layout = bundle.layout ?? autoLayout(bundle.flow)
    const xml = exportBpmn(bundle.flow, layout, { processId: bundle.matter.code, processName: bundle.matter.name })
    const doc = parse(xml)
    const process = doc.getElementsByTagNameNS(MODEL, 'process')[0]!
    const ids = new Set(Array.from(process.children).map((c) => c.getAttribute('id')))
    for (const n of bundle.flow.nodes) expect(ids).toContain(xmlId(n.id))
    for (const e of bundle.flow.edges) expect(ids).toContain(xmlId(e.id))
    const shapes = doc.getElementsByTagNameNS('http://www.omg.org/spec/BPMN/20100524/DI', 'BPMNShape')
    expect(shapes.length).toBe(bundle.flow.nodes.length)
    // Every tb:json element carries the node losslessly.
    const json = Array.from(doc.getElementsByTagNameNS(TB_NS, 'json')).map((j) => JSON.parse(j.textContent ?? ''))
    expect(json).toEqual(bundle.flow.nodes)
  })

  it('maps conditions, the default branch and countersign', () => {
    const bundle = SAMPLE_BUNDLES[0]!
    const doc = parse(exportBpmn(bundle.flow, bundle.layout!, { processId: 'LS-DA-001', processName: 'x' }))
    const gw = doc.getElementsByTagNameNS(MODEL, 'exclusiveGateway')[0]!
    expect(gw.getAttribute('default')).toBe('e4')
    const cond = doc.getElementsByTagNameNS(MODEL, 'conditionExpression')[0]!
    expect(cond.textContent).toBe('classified == true')
    const second = SAMPLE_BUNDLES[1]!
    const doc2 = parse(exportBpmn(second.flow, autoLayout(second.flow), { processId: '1x', processName: 'y' }))
    const mi = doc2.getElementsByTagNameNS(MODEL, 'multiInstanceLoopCharacteristics')[0]!
    expect(mi.getAttribute('isSequential')).toBe('false')
    expect(doc2.documentElement.getAttribute('id')).toBe('_1x_definitions')
  })

  it('escapes markup in names and expressions', () => {
    const bundle = JSON.parse(JSON.stringify(SAMPLE_BUNDLES[0]!)) as (typeof SAMPLE_BUNDLES)[number]
    bundle.flow.nodes[1]!.name = '<受理> & "审核"'
    bundle.flow.edges[2]!.condition = 'amount < 5 && x > 1 ]]>'
    expect(() => parse(exportBpmn(bundle.flow, bundle.layout!, { processId: 'p', processName: 'p' }))).not.toThrow()
  })
})
