import { archiveLookup } from '../../../fixtures'
import { getNode, insertChild, ITEMS, removeChild, uniqueKey } from './form-tree'

const form = archiveLookup.form

describe('form tree', () => {
  it('reads nodes by path, through array items', () => {
    expect(getNode(form, ['phone'])?.title).toBe('联系电话')
    expect(getNode(form, ['records', ITEMS, 'colTitle', 'title'])?.['x-component']).toBe('Input')
    expect(getNode(form, ['nope'])).toBeUndefined()
  })
  it('inserts at an index and removes, keeping order', () => {
    const next = insertChild(form, [], 'x', { type: 'string' }, 1)
    expect(Object.keys(next.schema.properties!)[1]).toBe('x')
    const { form: back, index } = removeChild(next, ['x'])
    expect(index).toBe(1)
    expect(back).toEqual(form)
  })
  it('refuses duplicate keys and finds a free one', () => {
    expect(() => insertChild(form, [], 'phone', { type: 'string' })).toThrow('phone')
    expect(uniqueKey(form, 'phone')).toBe('phone_2')
    expect(uniqueKey(form, 'year')).toBe('year_2')
  })
})
