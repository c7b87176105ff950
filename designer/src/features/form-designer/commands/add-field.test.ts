import { addField } from './add-field'
import { formStack, keys } from './test-helpers'

describe('addField', () => {
  it('execute: inserts at the index', () => {
    const { stack } = formStack()
    const f = stack.execute(addField([], 'email', { type: 'string', title: '邮箱', 'x-component': 'Input' }, 2))
    expect(keys(f)[2]).toBe('email')
  })
  it('undo: removes it again', () => {
    const { stack, initial } = formStack()
    stack.execute(addField(['records', '[]'], 'note', { type: 'string' }))
    expect(stack.undo()).toEqual(initial)
  })
})
