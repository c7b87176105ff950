import { archiveLookup } from '../../../fixtures'
import { fromFlowDocument } from '../adapters/from-flow-document'
import { routeEdges } from './route-edges'

describe('routeEdges', () => {
  it('routes edges orthogonally and keeps stored bends', () => {
    const graph = routeEdges(fromFlowDocument(archiveLookup.flow, archiveLookup.layout!))
    const byId = new Map(graph.edges.map((e) => [e.id, e.pointsList]))
    expect(byId.get('e1')).toEqual([{ x: 104, y: 200 }, { x: 150, y: 200 }])
    expect(byId.get('e3')).toEqual(archiveLookup.layout!.edges!.e3)
    const e5 = byId.get('e5')!
    expect(e5).toEqual([{ x: 650, y: 100 }, { x: 720, y: 100 }, { x: 720, y: 168 }])
    for (let i = 1; i < e5.length; i++) expect(e5[i]!.x === e5[i - 1]!.x || e5[i]!.y === e5[i - 1]!.y).toBe(true)
  })
  it('sends backward edges round below the flow', () => {
    const flow = { ...archiveLookup.flow, edges: [{ id: 'back', source: 'end', target: 'start' }] }
    const pts = routeEdges(fromFlowDocument(flow, archiveLookup.layout!)).edges[0]!.pointsList!
    expect(pts).toHaveLength(6)
    expect(pts[2]!.y).toBeGreaterThan(224)
  })
})
