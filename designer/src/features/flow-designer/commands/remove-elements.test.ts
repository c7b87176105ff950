import { removeElements } from './remove-elements'
import { archiveStack } from './test-helpers'

describe('removeElements', () => {
  it('execute: removes a node with every edge touching it', () => {
    const { stack } = archiveStack()
    const s = stack.execute(removeElements(['leader']))
    expect(s.flow.nodes.map((n) => n.id)).not.toContain('leader')
    expect(s.flow.edges.map((e) => e.id)).toEqual(['e1', 'e2', 'e4', 'e6'])
    expect(s.layout.nodes.leader).toBeUndefined()
    expect(s.layout.edges?.e3).toBeUndefined()
  })
  it('undo: puts nodes, edges and bends back in their places', () => {
    const { stack, initial } = archiveStack()
    stack.execute(removeElements(['leader', 'e6']))
    expect(stack.undo()).toEqual(initial)
  })
  it('ignores unknown ids', () => {
    const { stack } = archiveStack()
    stack.execute(removeElements(['nope']))
    expect(stack.canUndo).toBe(false)
  })
})
