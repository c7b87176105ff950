import { updateEdge } from './update-edge'
import { archiveStack } from './test-helpers'

describe('updateEdge', () => {
  it('execute: making a branch the default clears its sibling default', () => {
    const { stack, initial } = archiveStack()
    const e3 = initial.flow.edges.find((e) => e.id === 'e3')!
    const s = stack.execute(updateEdge('e3', { ...e3, isDefault: true }))
    expect(s.flow.edges.find((e) => e.id === 'e3')?.isDefault).toBe(true)
    expect(s.flow.edges.find((e) => e.id === 'e4')?.isDefault).toBeUndefined()
  })
  it('undo: restores both edges', () => {
    const { stack, initial } = archiveStack()
    const e3 = initial.flow.edges.find((e) => e.id === 'e3')!
    stack.execute(updateEdge('e3', { ...e3, isDefault: true, condition: 'true' }))
    expect(stack.undo()).toEqual(initial)
  })
})
