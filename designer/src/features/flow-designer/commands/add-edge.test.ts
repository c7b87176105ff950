import { addEdge } from './add-edge'
import { archiveStack } from './test-helpers'

describe('addEdge', () => {
  it('execute: appends the edge and its bends', () => {
    const { stack } = archiveStack()
    const s = stack.execute(addEdge({ id: 'x1', source: 'start', target: 'end' }, [{ x: 0, y: 0 }]))
    expect(s.flow.edges.at(-1)).toEqual({ id: 'x1', source: 'start', target: 'end' })
    expect(s.layout.edges?.x1).toEqual([{ x: 0, y: 0 }])
  })
  it('undo: removes it again', () => {
    const { stack, initial } = archiveStack()
    stack.execute(addEdge({ id: 'x1', source: 'start', target: 'end' }, [{ x: 0, y: 0 }]))
    expect(stack.undo()).toEqual(initial)
  })
})
