import type { FlowDocument } from '@tongban/schemas'
import { layoutFlow } from './layout-flow'

const nodes = [
  { id: 's', type: 'start', name: '开始' },
  { id: 'a', type: 'approval', name: '审批' },
  { id: 'e', type: 'end', name: '结束' },
] as unknown as FlowDocument['nodes']
const edges = [
  { id: 's-a', source: 's', target: 'a' },
  { id: 'a-s', source: 'a', target: 's' },
  { id: 'a-e', source: 'a', target: 'e' },
] as FlowDocument['edges']

describe('layoutFlow', () => {
  it('uses the designer layout when it places every node', () => {
    const out = layoutFlow(nodes, edges, {
      nodes: { s: { x: 1, y: 2 }, a: { x: 3, y: 4 }, e: { x: 5, y: 6 } },
    } as never)
    expect(out.nodes.map((n) => [n.x, n.y])).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
    ])
  })
  it('layers by distance from the start otherwise, even with a loop back', () => {
    const out = layoutFlow(nodes, edges, null)
    const y = Object.fromEntries(out.nodes.map((n) => [n.id, n.y]))
    expect(y.s).toBeLessThan(y.a!)
    expect(y.a).toBeLessThan(y.e!)
  })
})
