import { getNode } from '../model/form-tree'
import { renameField } from './rename-field'
import { replaceForm } from './replace-form'
import { updateFieldProps } from './update-field-props'
import { formStack, keys } from './test-helpers'

describe('updateFieldProps', () => {
  it('execute: replaces the node', () => {
    const { stack, initial } = formStack()
    const f = stack.execute(updateFieldProps(['purpose'], { ...getNode(initial, ['purpose'])!, title: '用途' }, 'title'))
    expect(getNode(f, ['purpose'])?.title).toBe('用途')
  })
  it('undo: merged typing reverts in one step', () => {
    const { stack, initial } = formStack()
    const base = getNode(initial, ['purpose'])!
    stack.execute(updateFieldProps(['purpose'], { ...base, title: '用' }, 'title'))
    stack.execute(updateFieldProps(['purpose'], { ...base, title: '用途' }, 'title'))
    expect(stack.undo()).toEqual(initial)
  })
})

describe('renameField', () => {
  it('execute: renames in place', () => {
    const { stack } = formStack()
    expect(keys(stack.execute(renameField(['purpose'], 'reason')))[3]).toBe('reason')
  })
  it('undo: restores the old name', () => {
    const { stack, initial } = formStack()
    stack.execute(renameField(['purpose'], 'reason'))
    expect(stack.undo()).toEqual(initial)
  })
})

describe('replaceForm', () => {
  it('execute and undo', () => {
    const { stack, initial } = formStack()
    const next = { schema: { type: 'object' as const, properties: {} } }
    expect(stack.execute(replaceForm(next))).toBe(next)
    expect(stack.undo()).toEqual(initial)
  })
})
