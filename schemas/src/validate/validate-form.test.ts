import { registerComponent } from '../registry/component-registry'
import { registerValidationRule } from '../registry/validation-rules'
import { validateForm } from './validate-form'

const formWith = (node: Record<string, unknown>) => ({ schema: { type: 'object', properties: { a: node } } })

describe('validateForm', () => {
  it('accepts a component once a developer registers it', () => {
    const form = formWith({ type: 'string', 'x-component': 'SealPicker' })
    expect(validateForm(form).map((i) => i.code)).toEqual(['form.unknown-component'])
    registerComponent({
      name: 'SealPicker',
      kind: 'field',
      valueTypes: ['string'],
      title: { 'zh-CN': '印章选择', en: 'Seal picker' },
      group: 'custom',
    })
    expect(validateForm(form)).toEqual([])
  })

  it('accepts a validation rule once a developer registers it', () => {
    const form = formWith({ type: 'string', 'x-validator': { sealNumber: true } })
    expect(validateForm(form).map((i) => i.code)).toEqual(['form.unknown-validator'])
    registerValidationRule('sealNumber', () => null)
    expect(validateForm(form)).toEqual([])
  })

  it('accepts the Formily built-in formats', () => {
    expect(
      validateForm(formWith({ type: 'string', 'x-validator': ['url', 'email', 'ipv6', 'money', 'qq'] })),
    ).toEqual([])
  })

  it('lets the host add context names for expressions', () => {
    const form = formWith({ type: 'string', 'x-visible': '{{ $lookup.enabled }}' })
    expect(validateForm(form).map((i) => i.code)).toEqual(['form.invalid-expression'])
    expect(validateForm(form, { context: ['$lookup'] })).toEqual([])
  })

  it('reports schema errors only, when the document does not fit the schema', () => {
    expect(
      validateForm({ schema: { type: 'object', properties: { a: { 'x-component': 'Nope', foo: 1 } } } }).map(
        (i) => i.code,
      ),
    ).toEqual(['schema.additionalProperties'])
  })
})
