import { act, render, screen } from '@testing-library/react'
import { registerWidgetDefinition, validateSubmission } from '@tongban/form-core'
import { getComponent, type FormDocument } from '@tongban/schemas'
import { createRef } from 'react'
import { FormRenderer, type FormRendererHandle } from '../../form-renderer/form-renderer'
import { postcodeWidget } from './postcode.definition'
import './postcode-input'

const form: FormDocument = {
  schema: { type: 'object', properties: { zip: { type: 'string', title: '邮编', 'x-decorator': 'FormItem', 'x-component': 'PostcodeInput' } } },
}

describe('a custom widget (the README example)', () => {
  test('is rendered, known to the schemas registry, and validated in the browser', async () => {
    expect(getComponent('PostcodeInput')?.rules).toEqual(['postcode'])
    const ref = createRef<FormRendererHandle>()
    const { container } = render(<FormRenderer ref={ref} form={form} value={{ zip: '12' }} />)
    expect(container.querySelector('input[maxlength="6"]')).toBeTruthy()
    await act(async () => {
      await ref.current!.validate()
    })
    expect(screen.getByText('请输入6位邮政编码')).toBeTruthy()
  })

  test('the server, given the same definition, rejects the same value', async () => {
    registerWidgetDefinition(postcodeWidget) // what the server does at start
    const result = await validateSubmission(form, { zip: '12' })
    expect(result.errors).toEqual([
      { path: 'zip', code: 'postcode', message: '请输入6位邮政编码', messageEn: 'Enter a 6-digit postcode', title: '邮编' },
    ])
    expect((await validateSubmission(form, { zip: '323000' })).ok).toBe(true)
  })
})
