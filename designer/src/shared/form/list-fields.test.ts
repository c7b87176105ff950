import { archiveLookup } from '../../fixtures'
import { listFields } from './list-fields'

describe('listFields', () => {
  it('lists data fields through layout nodes, arrays as one field', () => {
    expect(listFields(archiveLookup.form).map((f) => f.name)).toEqual([
      'applicant',
      'department',
      'phone',
      'purpose',
      'classified',
      'secrecyLevel',
      'records',
    ])
  })
  it('walks voids and prefixes objects', () => {
    const fields = listFields({
      schema: {
        type: 'object',
        properties: {
          card: { type: 'void', 'x-component': 'Card', properties: { a: { type: 'string', title: 'A' } } },
          addr: { type: 'object', properties: { city: { type: 'string' } } },
        },
      },
    })
    expect(fields.map((f) => [f.name, f.title])).toEqual([
      ['a', 'A'],
      ['addr', 'addr'],
      ['addr.city', 'city'],
    ])
  })
})
