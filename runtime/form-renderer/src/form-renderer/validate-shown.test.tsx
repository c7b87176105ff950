import { isField, type Form } from '@formily/core'
import { act, render } from '@testing-library/react'
import { parityFixtures } from '@tongban/form-core'
import type { FormDocument } from '@tongban/schemas'
import { createRef } from 'react'
import { archiveForm, archiveMaterials, directoryData } from '../__fixtures__/archive-form'
import { createMemoryDirectory } from '../testing/memory-directory'
import { FormRenderer, type FormRendererHandle } from './form-renderer'
import { validateShown } from './validate-shown'

const directory = createMemoryDirectory(directoryData)

/** Every message every field shows, with what wrote it. */
function feedbackOf(form: Form) {
  const out: Array<Record<string, unknown>> = []
  for (const [address, field] of Object.entries(form.fields)) {
    if (!isField(field)) continue
    for (const f of field.feedbacks)
      if (f.messages?.length)
        out.push({ address, type: f.type, code: f.code, triggerType: f.triggerType, messages: f.messages })
  }
  return out.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
}

function mount(
  form: FormDocument,
  value: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): Form {
  const ref = createRef<FormRendererHandle>()
  render(
    <FormRenderer
      ref={ref}
      form={form}
      value={value}
      directory={directory}
      materials={archiveMaterials}
      {...extra}
    />,
  )
  return ref.current!.form
}

/** Formily's own `form.validate()` and `validateShown` on two identical forms: the same messages. */
async function bothWays(form: FormDocument, value: Record<string, unknown>, extra?: Record<string, unknown>) {
  const formily = mount(form, value, extra)
  const ours = mount(form, value, extra)
  await act(async () => {
    await formily.validate().catch(() => undefined)
    await validateShown(ours)
  })
  return { formily, ours }
}

const withTriggers = {
  schema: {
    type: 'object',
    properties: {
      code: {
        type: 'string',
        title: '编号',
        'x-decorator': 'FormItem',
        'x-component': 'Input',
        'x-validator': [
          { required: true, message: '必填' },
          { pattern: '^[A-Z]', message: '以大写字母开头', triggerType: 'onBlur' },
          { max: 3, message: '太长', triggerType: 'onBlur' },
        ],
      },
      count: {
        type: 'number',
        title: '数量',
        'x-decorator': 'FormItem',
        'x-component': 'NumberPicker',
        minimum: 5,
      },
      note: {
        type: 'string',
        title: '备注',
        'x-decorator': 'FormItem',
        'x-component': 'Input',
        'x-pattern': 'readOnly',
        required: true,
      },
    },
  },
} as unknown as FormDocument

describe('validateShown puts the same messages on the same fields as Formily’s form.validate()', () => {
  test.each([
    ['an empty archive look-up (required fields, materials, hidden required field)', archiveForm, {}],
    [
      'a company application (the linked field shown and required)',
      archiveForm,
      { applyType: 'company', phone: '123' },
    ],
    [
      'rules with several trigger types, a read-only required field',
      withTriggers,
      { code: 'abcd', count: 2 },
    ],
  ])('%s', async (_name, form, value) => {
    const { formily, ours } = await bothWays(form, value)
    expect(feedbackOf(ours).length).toBeGreaterThan(0)
    expect(feedbackOf(ours)).toEqual(feedbackOf(formily))
  })

  for (const fixture of parityFixtures()) {
    test(`parity fixture: ${fixture.name}`, async () => {
      const task = fixture.options?.fieldAccess
      const extra = task ? { mode: 'task', fieldAccess: task } : {}
      const { formily, ours } = await bothWays(fixture.form, fixture.data as Record<string, unknown>, extra)
      expect(feedbackOf(ours)).toEqual(feedbackOf(formily))
    })
  }

  test('messages go once the values are fixed, as with Formily', async () => {
    const { formily, ours } = await bothWays(withTriggers, { code: 'abcd', count: 2 })
    await act(async () => {
      for (const form of [formily, ours]) form.setValues({ code: 'AB', count: 9 })
      await formily.validate().catch(() => undefined)
      await validateShown(ours)
    })
    expect(feedbackOf(ours)).toEqual([])
    expect(feedbackOf(formily)).toEqual([])
  })
})
