import { createNode } from '../model/node-catalog'
import { addNode } from './add-node'
import { archiveStack } from './test-helpers'

describe('addNode', () => {
  it('execute: appends the node and its position', () => {
    const { stack } = archiveStack()
    const s = stack.execute(addNode(createNode('approval', 'n-new'), { x: 10, y: 20 }))
    expect(s.flow.nodes.at(-1)).toMatchObject({ id: 'n-new', type: 'approval' })
    expect(s.layout.nodes['n-new']).toEqual({ x: 10, y: 20 })
  })
  it('undo: restores the state exactly', () => {
    const { stack, initial } = archiveStack()
    stack.execute(addNode(createNode('cc', 'n-cc'), { x: 1, y: 2 }))
    expect(stack.undo()).toEqual(initial)
    expect(stack.redo().flow.nodes.at(-1)?.id).toBe('n-cc')
  })
})
