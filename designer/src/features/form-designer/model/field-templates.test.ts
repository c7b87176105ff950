import { BUILTIN_COMPONENTS, validateForm } from '@tongban/schemas'
import { isContainer, keyBase, templateFor } from './field-templates'
import { STANDARD_FIELDS } from './standard-fields'

const palette = BUILTIN_COMPONENTS.filter((c) => c.kind === 'field' || c.kind === 'array' || (c.kind === 'layout' && !c.name.includes('.')))

describe('field templates', () => {
  it('every palette item and standard field makes a valid form', () => {
    const properties = Object.fromEntries([
      ...palette.map((c, i) => [`${keyBase(c)}${i}`, templateFor(c)]),
      ...STANDARD_FIELDS.map((s) => [s.key, s.node]),
    ])
    expect(validateForm({ schema: { type: 'object', properties } })).toEqual([])
  })
  it('knows containers', () => {
    const card = palette.find((c) => c.name === 'Card')!
    expect(isContainer(templateFor(card))).toBe(true)
    expect(isContainer(templateFor(palette.find((c) => c.name === 'Input')!))).toBe(false)
    expect(keyBase(palette.find((c) => c.name === 'Input.TextArea')!)).toBe('textArea')
  })
})
