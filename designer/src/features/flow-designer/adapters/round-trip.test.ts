import { FlowDocument, validateAgainst } from '@tongban/schemas'
import { SAMPLE_BUNDLES } from '../../../fixtures'
import { allBundles } from '../../../fixtures/all-bundles.test-support'
import { autoLayout } from '../layout/auto-layout'
import { fromFlowDocument } from './from-flow-document'
import { fromLfType, toLfType } from './lf-graph'
import { toFlowDocument } from './to-flow-document'

describe('LogicFlow adapters', () => {
  it.each(allBundles())('%s: flow and layout survive a round trip', (_, bundle) => {
    const layout = bundle.layout ?? autoLayout(bundle.flow)
    const graph = fromFlowDocument(bundle.flow, layout)
    // LogicFlow hands the data back after JSON serialisation: make sure nothing depends on identity.
    const back = toFlowDocument(JSON.parse(JSON.stringify(graph)), bundle.flow.settings)
    expect(back.flow).toEqual(bundle.flow)
    expect(back.layout).toEqual(layout)
    expect(validateAgainst(FlowDocument, back.flow).ok).toBe(true)
  })

  it('namespaces node types and labels edges', () => {
    const bundle = SAMPLE_BUNDLES[0]!
    const graph = fromFlowDocument(bundle.flow, bundle.layout!, { issues: new Map([['leader', '无审批人']]) })
    expect(graph.nodes.every((n) => n.type.startsWith('tb:'))).toBe(true)
    expect(fromLfType(toLfType('parallel-join'))).toBe('parallel-join')
    expect(graph.edges.find((e) => e.id === 'e4')?.text).toBe('不涉密（默认）')
    expect(graph.nodes.find((n) => n.id === 'leader')?.properties.issue).toBe('无审批人')
    expect(() => fromLfType('rect')).toThrow()
  })

  it('places nodes that have no position', () => {
    const bundle = SAMPLE_BUNDLES[0]!
    const graph = fromFlowDocument(bundle.flow, { nodes: {} })
    expect(new Set(graph.nodes.map((n) => n.x)).size).toBe(graph.nodes.length)
  })
})
