import type { FormDocument } from '@tongban/schemas'
import { mountForm } from '../mount/mount-form'
import { parityFixtures } from '../parity/parity-fixtures'
import { setupFormRuntime } from '../setup/setup-form-runtime'
import { validateSubmission } from './validate-submission'

const base = parityFixtures().find((f) => f.name === 'valid-personal')!

describe('validateSubmission', () => {
  test('messages come in the requested language, with English beside them', async () => {
    const { form } = base
    const zh = await validateSubmission(form, { applyType: 'personal' })
    const required = zh.errors.find((e) => e.path === 'applicantName')!
    expect(required).toMatchObject({ code: 'required', message: '此项为必填项', messageEn: 'This field is required', title: '申请人' })
    const en = await validateSubmission(form, { applyType: 'personal' }, { lang: 'en' })
    expect(en.errors.find((e) => e.path === 'applicantName')!.message).toBe('This field is required')
  })

  test('a field the node may not see keeps its stored value even when the client leaves it out', async () => {
    const previous = { ...(base.data as Record<string, unknown>), idNumber: '11010519491231002X' }
    const { idNumber: _hidden, ...sent } = previous
    const result = await validateSubmission(base.form, { ...sent, opinion: '同意' }, {
      fieldAccess: { default: 'read', fields: { opinion: 'edit', idNumber: 'hidden' } },
      previousData: previous,
    })
    expect(result.ok).toBe(true)
    expect(result.values.idNumber).toBe('11010519491231002X')
    expect(result.values.opinion).toBe('同意')
  })

  test('a read-only array cannot gain rows; an editable column inside a read-only array can change', async () => {
    const previous = base.data as Record<string, unknown>
    const rows = [...(previous.members as object[]), { memberName: '赵六' }]
    const added = await validateSubmission(base.form, { ...previous, members: rows }, {
      fieldAccess: { default: 'read', fields: {} },
      previousData: previous,
    })
    expect(added.errors.map((e) => `${e.path} ${e.code}`)).toEqual(['members field-not-editable'])
    expect(added.values.members).toEqual(previous.members)

    const phone = await validateSubmission(
      base.form,
      { ...previous, members: [{ memberName: '李四', memberPhone: '13700137000' }] },
      { fieldAccess: { default: 'read', fields: { 'members.*.memberPhone': 'edit' } }, previousData: previous },
    )
    expect(phone.ok).toBe(true)
    expect(phone.values.members).toEqual([{ memberName: '李四', memberPhone: '13700137000' }])
  })

  test('an expression that fails is an error, not a crash', async () => {
    const form: FormDocument = {
      schema: {
        type: 'object',
        properties: {
          a: { type: 'string', 'x-reactions': { fulfill: { state: { visible: '{{ $self.constructor.name }}' } } } },
        },
      },
    }
    const result = await validateSubmission(form, { a: 'x' })
    expect(result.ok).toBe(false)
    expect(result.errors[0]).toMatchObject({ path: 'a', code: 'expression-error' })
  })

  test('linkage without declared dependencies follows the fields it reads, even ones with no value yet', () => {
    setupFormRuntime()
    const form: FormDocument = {
      schema: {
        type: 'object',
        properties: {
          kind: { type: 'string' },
          detail: { type: 'string', 'x-visible': "{{ kind === 'other' }}" },
        },
      },
    }
    const { form: formily, dispose } = mountForm(form, { values: {} })
    expect(formily.query('detail').get('visible')).toBe(false)
    formily.setValuesIn('kind', 'other')
    expect(formily.query('detail').get('visible')).toBe(true)
    dispose()
  })

  test('scope values reach expressions ($applicant, $today)', async () => {
    const form: FormDocument = {
      schema: {
        type: 'object',
        properties: {
          internal: {
            type: 'string',
            required: true,
            'x-reactions': { fulfill: { state: { visible: "{{ $applicant.orgId === 'org-archive' && $today >= '2026-01-01' }}" } } },
          },
        },
      },
    }
    const outsider = await validateSubmission(form, {}, { scope: { $applicant: { orgId: 'org-x' }, $today: '2026-03-02' } })
    expect(outsider.ok).toBe(true)
    const insider = await validateSubmission(form, {}, { scope: { $applicant: { orgId: 'org-archive' }, $today: '2026-03-02' } })
    expect(insider.errors.map((e) => e.code)).toEqual(['required'])
  })
})

describe('validateSubmission — what a browser in task mode sends back', () => {
  test('empty arrays and objects for fields the node may not edit are no edit', async () => {
    const previous = { applicantName: '张三' }
    const result = await validateSubmission(
      base.form,
      { applicantName: '张三', members: [], records: [], interests: [], opinion: '同意' },
      { fieldAccess: { default: 'read', fields: { opinion: 'edit' } }, previousData: previous },
    )
    expect(result.errors).toEqual([])
    expect(result.values).toEqual({ applicantName: '张三', total: 0, opinion: '同意' })
  })
})

test('fieldAccess may be a resolved map (the flow engine’s nodeFieldAccess(...).access)', async () => {
  const previous = base.data as Record<string, unknown>
  const result = await validateSubmission(base.form, { ...previous, applicantName: '王五', opinion: '同意' }, {
    fieldAccess: { applicantName: 'read', opinion: 'edit' },
    previousData: previous,
  })
  expect(result.errors.map((e) => `${e.path} ${e.code}`)).toEqual(['applicantName field-not-editable'])
})
