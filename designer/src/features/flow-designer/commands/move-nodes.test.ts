import { moveNodes } from './move-nodes'
import { archiveStack } from './test-helpers'

describe('moveNodes', () => {
  it('execute: moves the node and drops the bends of its edges', () => {
    const { stack } = archiveStack()
    const s = stack.execute(moveNodes({ leader: { x: 600, y: 60 } }))
    expect(s.layout.nodes.leader).toEqual({ x: 600, y: 60 })
    expect(s.layout.edges?.e3).toBeUndefined()
  })
  it('undo: restores positions and bends', () => {
    const { stack, initial } = archiveStack()
    stack.execute(moveNodes({ leader: { x: 600, y: 60 }, start: { x: 0, y: 0 } }))
    expect(stack.undo()).toEqual(initial)
  })
})
