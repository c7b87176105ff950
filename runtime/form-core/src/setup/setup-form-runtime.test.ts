import { Schema } from '@formily/json-schema'
import { getValidateLanguage } from '@formily/validator'
import { registerComponent, registerValidationRule, type FormDocument } from '@tongban/schemas'
import { validateSubmission } from '../validate/validate-submission'
import { onExpressionFailure } from './safe-compiler'
import { setFormLanguage, setupFormRuntime } from './setup-form-runtime'

describe('setupFormRuntime', () => {
  afterEach(() => setFormLanguage('zh-CN'))

  test('is idempotent and makes zh-CN the default language', () => {
    setupFormRuntime()
    setupFormRuntime()
    expect(getValidateLanguage()).toBe('zh-CN')
    setFormLanguage('en')
    expect(getValidateLanguage()).toBe('en')
  })

  test('expressions run through the safe language: escape payloads yield nothing and are reported', () => {
    setupFormRuntime()
    const failures: string[] = []
    const stop = onExpressionFailure((f) => failures.push(f.code))
    const payloads = [
      "{{ constructor.constructor('return process')().pid }}",
      "{{ $self.constructor.constructor('return globalThis.process.env.HOME')() }}",
      '{{ (function(){ return 1 })() }}',
    ]
    for (const p of payloads) expect(Schema.compile(p, { $self: {} })).toBeUndefined()
    stop()
    expect(failures).toHaveLength(payloads.length)
    expect(Schema.compile('{{ 1 + 2 }}', {})).toBe(3)
  })

  test('never constructs a Function while compiling schema expressions', () => {
    setupFormRuntime()
    const spy = jest.spyOn(globalThis, 'Function')
    Schema.compile({ a: '{{ 2 * 21 }}', b: ['{{ "x" + "y" }}'] }, {})
    expect(spy).not.toHaveBeenCalled()
    spy.mockRestore()
  })

  test('a rule and a widget registered later are enforced once setup runs again', async () => {
    registerValidationRule('postcode-cn', (v) =>
      v === undefined || v === '' || (typeof v === 'string' && /^\d{6}$/.test(v))
        ? null
        : { 'zh-CN': '请输入6位邮政编码', en: 'Enter a 6-digit postal code' },
    )
    registerComponent({
      name: 'PostcodeInput',
      kind: 'field',
      valueTypes: ['string'],
      rules: ['postcode-cn'],
      title: { 'zh-CN': '邮编', en: 'Postcode' },
    })
    setupFormRuntime()
    const form: FormDocument = {
      schema: { type: 'object', properties: { zip: { type: 'string', title: '邮编', 'x-component': 'PostcodeInput' } } },
    }
    const bad = await validateSubmission(form, { zip: '12' })
    expect(bad.errors).toEqual([
      { path: 'zip', code: 'postcode-cn', message: '请输入6位邮政编码', messageEn: 'Enter a 6-digit postal code', title: '邮编' },
    ])
    expect((await validateSubmission(form, { zip: '323000' })).ok).toBe(true)
  })
})
