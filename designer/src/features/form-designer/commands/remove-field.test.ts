import { removeField } from './remove-field'
import { formStack, keys } from './test-helpers'

describe('removeField', () => {
  it('execute: removes the field', () => {
    const { stack } = formStack()
    expect(keys(stack.execute(removeField(['purpose'])))).not.toContain('purpose')
  })
  it('undo: puts it back in its place', () => {
    const { stack, initial } = formStack()
    stack.execute(removeField(['purpose']))
    expect(stack.undo()).toEqual(initial)
    expect(keys(stack.redo())).not.toContain('purpose')
  })
})
