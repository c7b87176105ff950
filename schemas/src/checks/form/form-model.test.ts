import type { FormDocument } from '../../form/form.schema'
import { formFacts, namesField, walkForm } from './form-model'

const form: FormDocument = {
  schema: {
    type: 'object',
    properties: {
      card: {
        type: 'void',
        properties: {
          name: { type: 'string' },
          address: { type: 'object', properties: { city: { type: 'string' } } },
        },
      },
      contacts: {
        type: 'array',
        items: {
          type: 'object',
          properties: { col: { type: 'void', properties: { phone: { type: 'string' } } } },
        },
      },
      'a~b': { type: 'void' },
    },
  },
}

describe('walkForm', () => {
  it('gives each node its JSON pointer and data path; voids add no segment, items add *', () => {
    const seen: Array<[string, string, boolean]> = []
    walkForm(form, (v) => seen.push([v.pointer, v.dataPath.join('.'), v.isField]))
    expect(seen).toEqual([
      ['/schema', '', false],
      ['/schema/properties/card', '', false],
      ['/schema/properties/card/properties/name', 'name', true],
      ['/schema/properties/card/properties/address', 'address', true],
      ['/schema/properties/card/properties/address/properties/city', 'address.city', true],
      ['/schema/properties/contacts', 'contacts', true],
      ['/schema/properties/contacts/items', 'contacts.*', false],
      ['/schema/properties/contacts/items/properties/col', 'contacts.*', false],
      ['/schema/properties/contacts/items/properties/col/properties/phone', 'contacts.*.phone', true],
      ['/schema/properties/a~0b', '', false],
    ])
  })
})

describe('formFacts and namesField', () => {
  const facts = formFacts(form)

  it('lists top-level fields (through layout) and every field path', () => {
    expect([...facts.topLevelFields]).toEqual(['name', 'address', 'contacts'])
    expect(facts.fieldPaths.has('contacts.*.phone')).toBe(true)
  })

  it.each([
    ['name', true],
    ['address.city', true],
    ['contacts.*.phone', true],
    ['contacts.0.phone', true],
    ['contacts.phone', true],
    ['card', false],
    ['city', false],
    ['contacts.*.fax', false],
  ])('%s → %p', (reference, known) => {
    expect(namesField(facts, reference)).toBe(known)
  })
})
