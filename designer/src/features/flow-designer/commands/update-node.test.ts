import type { FlowNodeOf } from '@tongban/schemas'
import { updateNode } from './update-node'
import { archiveStack } from './test-helpers'

describe('updateNode', () => {
  it('execute: replaces the node but keeps id and type', () => {
    const { stack, initial } = archiveStack()
    const leader = initial.flow.nodes.find((n) => n.id === 'leader') as FlowNodeOf<'approval'>
    const s = stack.execute(updateNode('leader', { ...leader, name: '局长审批', multi: { mode: 'all' } }))
    expect(s.flow.nodes.find((n) => n.id === 'leader')).toMatchObject({ name: '局长审批', multi: { mode: 'all' }, type: 'approval' })
  })
  it('undo: restores the node; typing merges into one step', () => {
    const { stack, initial } = archiveStack()
    const leader = initial.flow.nodes.find((n) => n.id === 'leader')!
    stack.execute(updateNode('leader', { ...leader, name: '局' }, 'name'))
    stack.execute(updateNode('leader', { ...leader, name: '局长' }, 'name'))
    expect(stack.undo()).toEqual(initial)
  })
})
