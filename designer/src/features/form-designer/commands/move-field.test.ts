import { getNode } from '../model/form-tree'
import { addField } from './add-field'
import { moveField } from './move-field'
import { formStack, keys } from './test-helpers'

describe('moveField', () => {
  it('execute: reorders within a container', () => {
    const { stack } = formStack()
    const f = stack.execute(moveField(['phone'], [], 0))
    expect(keys(f).slice(0, 2)).toEqual(['phone', 'applicant'])
  })
  it('execute: nests into another container, and refuses to move into itself', () => {
    const { stack } = formStack()
    stack.execute(addField([], 'card', { type: 'void', 'x-component': 'Card', properties: {} }))
    const f = stack.execute(moveField(['purpose'], ['card'], 0))
    expect(keys(f, getNode(f, ['card']))).toEqual(['purpose'])
    expect(stack.execute(moveField(['card'], ['card', 'purpose'], 0))).toBe(f)
  })
  it('undo: restores the original order and place', () => {
    const { stack, initial } = formStack()
    stack.execute(moveField(['classified'], ['records', '[]'], 1))
    expect(stack.undo()).toEqual(initial)
  })
})
