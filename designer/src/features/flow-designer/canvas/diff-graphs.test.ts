import { archiveLookup } from '../../../fixtures'
import { fromFlowDocument } from '../adapters/from-flow-document'
import { diffGraphs } from './diff-graphs'

const flow = archiveLookup.flow
const layout = archiveLookup.layout!

describe('diffGraphs', () => {
  it('finds nothing between equal graphs', () => {
    expect(diffGraphs(fromFlowDocument(flow, layout), fromFlowDocument(structuredClone(flow), structuredClone(layout)))).toEqual([])
  })

  it('orders removals, additions, moves and updates', () => {
    const prev = fromFlowDocument(flow, layout)
    const nextFlow = structuredClone(flow)
    nextFlow.nodes = nextFlow.nodes.filter((n) => n.id !== 'leader')
    nextFlow.edges = nextFlow.edges.filter((e) => e.source !== 'leader' && e.target !== 'leader')
    nextFlow.nodes.push({ id: 'cc-1', type: 'cc', name: '抄送', assignees: [{ kind: 'applicant' }] })
    nextFlow.edges.push({ id: 'x', source: 'provide', target: 'cc-1' })
    nextFlow.nodes[1]!.name = '受理'
    const nextLayout = { nodes: { ...layout.nodes, 'cc-1': { x: 5, y: 5 }, start: { x: 0, y: 0 } } }
    const ops = diffGraphs(prev, fromFlowDocument(nextFlow, nextLayout, { issues: new Map([['e4', '坏']]) }))
    expect(ops.map((o) => `${o.op}:${'id' in o ? o.id : 'node' in o ? o.node.id : o.edge.id}`)).toEqual([
      'remove-edge:e3',
      'remove-edge:e5',
      'remove-node:leader',
      'move-node:start',
      'update-node:accept',
      'add-node:cc-1',
      'update-edge:e4',
      'add-edge:x',
    ])
  })

  it('re-routes an edge whose bends changed', () => {
    const prev = fromFlowDocument(flow, layout)
    const ops = diffGraphs(prev, fromFlowDocument(flow, { nodes: layout.nodes }))
    expect(ops).toEqual([expect.objectContaining({ op: 'reroute-edge', edge: expect.objectContaining({ id: 'e3' }) })])
  })
})
