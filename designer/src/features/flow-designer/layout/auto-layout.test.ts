import { archiveLookup, secondment } from '../../../fixtures'
import { autoLayout } from './auto-layout'

describe('autoLayout', () => {
  it('places every node, sources left of their targets', () => {
    const layout = autoLayout(archiveLookup.flow)
    expect(Object.keys(layout.nodes).sort()).toEqual(archiveLookup.flow.nodes.map((n) => n.id).sort())
    for (const e of archiveLookup.flow.edges) expect(layout.nodes[e.source]!.x).toBeLessThan(layout.nodes[e.target]!.x)
  })
  it('separates parallel branches vertically', () => {
    const layout = autoLayout(secondment.flow)
    expect(layout.nodes.lending!.y).not.toBe(layout.nodes.orgdept!.y)
    expect(autoLayout(secondment.flow, { direction: 'TB' }).nodes.end!.y).toBeGreaterThan(layout.nodes.start!.y)
  })
})
