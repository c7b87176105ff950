import type { Field } from '@formily/core'
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { createRef, StrictMode } from 'react'
import { archiveForm, archiveMaterials, directoryData } from '../__fixtures__/archive-form'
import { createMemoryDirectory } from '../testing/memory-directory'
import { FormRenderer, type FormRendererHandle } from './form-renderer'

const directory = createMemoryDirectory(directoryData)

function renderForm(props: Partial<Parameters<typeof FormRenderer>[0]> = {}) {
  const ref = createRef<FormRendererHandle>()
  const utils = render(
    <FormRenderer ref={ref} form={archiveForm} directory={directory} materials={archiveMaterials} {...props} />,
  )
  return { ...utils, ref }
}

describe('FormRenderer', () => {
  test('edit mode renders fields with their labels and our widgets', () => {
    renderForm()
    expect(screen.getByText('申请人')).toBeTruthy()
    expect(screen.getByText('单位介绍信')).toBeTruthy()
    expect(screen.getByText('系统提供，无需上传')).toBeTruthy()
    expect(screen.getByPlaceholderText('11位手机号码')).toBeTruthy()
  })

  test('a field hidden by linkage appears when its condition holds', async () => {
    const { ref } = renderForm({ value: { applyType: 'personal' } })
    expect(screen.queryByText('单位名称')).toBeNull()
    await act(async () => {
      ref.current!.form.setValuesIn('applyType', 'company')
    })
    expect(screen.getByText('单位名称')).toBeTruthy()
  })

  test('a visible required field shows its message; the hidden one does not block', async () => {
    const { ref } = renderForm({ value: { applyType: 'personal' } })
    let result: Awaited<ReturnType<FormRendererHandle['validate']>> | undefined
    await act(async () => {
      result = await ref.current!.validate()
    })
    const paths = result!.errors.map((e) => e.path)
    expect(paths).toEqual(expect.arrayContaining(['applicantName', 'phone', 'purpose', 'materials']))
    expect(paths).not.toContain('companyName')
    expect(screen.getAllByText('此项为必填项').length).toBeGreaterThan(0)
    expect(screen.getAllByText(/缺少必需材料：单位介绍信/).length).toBeGreaterThan(0)
  })

  test('read mode shows values as text, ID numbers masked', () => {
    const { container } = renderForm({ mode: 'read', value: { applicantName: '张三', idNumber: '11010519491231002X', purpose: '查档' } })
    expect(container.querySelector('input')).toBeNull()
    expect(screen.getByText('张三')).toBeTruthy()
    expect(screen.getByText('110105********002X')).toBeTruthy()
  })

  test('task mode: read-only fields as text, hidden fields gone, the opinion editable', () => {
    const { container } = renderForm({
      mode: 'task',
      fieldAccess: { default: 'read', fields: { opinion: 'edit', idNumber: 'hidden' } },
      value: { applicantName: '张三', idNumber: '11010519491231002X', purpose: '查阅人事档案' },
    })
    expect(screen.getByText('查阅人事档案')).toBeTruthy()
    expect(screen.queryByText('身份证号')).toBeNull()
    const textareas = container.querySelectorAll('textarea')
    expect(textareas).toHaveLength(1)
    expect(screen.getByPlaceholderText('请填写意见')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: /^同\s?意$/ }))
    expect((screen.getByPlaceholderText('请填写意见') as HTMLTextAreaElement).value).toBe('同意')
  })

  test('server errors land on their fields and go away when the field is edited', async () => {
    const { ref } = renderForm({ value: { applicantName: '张三' } })
    let unmatched: unknown[] = []
    await act(async () => {
      unmatched = ref.current!.setServerErrors([
        { path: 'applicantName', message: '申请人不在人员库中', messageEn: 'Not in the directory' },
        { path: 'hacker', code: 'unknown-field', message: '表单中没有这个字段' },
      ])
    })
    expect(screen.getByText('申请人不在人员库中')).toBeTruthy()
    expect(unmatched).toHaveLength(1)
    await act(async () => {
      void (ref.current!.form.query('applicantName').take() as Field).onInput('李四')
    })
    expect(screen.queryByText('申请人不在人员库中')).toBeNull()
  })

  test('values bound to the directory are marked while unchanged', async () => {
    const { ref } = renderForm({ value: { applicantName: '张三', phone: '1' }, boundValues: { applicantName: '张三', phone: '13800138000' } })
    expect(screen.getAllByTestId('bound-tag')).toHaveLength(1)
    await act(async () => {
      void (ref.current!.form.query('applicantName').take() as Field).onInput('李四')
    })
    expect(screen.queryAllByTestId('bound-tag')).toHaveLength(0)
  })

  test('English switches the widgets and the validation messages', async () => {
    const { ref } = renderForm({ lang: 'en', value: { applyType: 'personal' } })
    expect(screen.getByPlaceholderText('11-digit mobile number')).toBeTruthy()
    await act(async () => {
      await ref.current!.validate()
    })
    expect(screen.getAllByText('This field is required').length).toBeGreaterThan(0)
  })

  test('submit calls onSubmit with plain values once valid', async () => {
    const onSubmit = jest.fn()
    const { ref } = renderForm({
      onSubmit,
      value: {
        applicantName: '张三',
        phone: '13800138000',
        applyType: 'personal',
        purpose: '查档',
        materials: [{ materialId: 'letter', attachmentId: 'a1', name: '介绍信.pdf' }],
      },
    })
    await act(async () => {
      await ref.current!.submit()
    })
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1))
    expect(onSubmit.mock.calls[0][0]).toMatchObject({ applicantName: '张三', applyType: 'personal' })
  })
})

test('switching the language re-renders the messages already shown', async () => {
  const ref = createRef<FormRendererHandle>()
  const { rerender } = render(<FormRenderer ref={ref} form={archiveForm} value={{ applyType: 'personal' }} />)
  await act(async () => {
    await ref.current!.validate()
  })
  expect(screen.getAllByText('此项为必填项').length).toBeGreaterThan(0)
  await act(async () => {
    rerender(<FormRenderer ref={ref} form={archiveForm} value={{ applyType: 'personal' }} lang="en" />)
  })
  await waitFor(() => expect(screen.queryAllByText('此项为必填项')).toHaveLength(0))
  expect(screen.getAllByText('This field is required').length).toBeGreaterThan(0)
})

test('works under React StrictMode: linkage, onChange and validation', async () => {
  const ref = createRef<FormRendererHandle>()
  const onChange = jest.fn()
  render(
    <StrictMode>
      <FormRenderer ref={ref} form={archiveForm} value={{ applyType: 'personal' }} onChange={onChange} />
    </StrictMode>,
  )
  await act(async () => {
    ref.current!.form.setValuesIn('applyType', 'company')
  })
  expect(screen.getByText('单位名称')).toBeTruthy()
  expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ applyType: 'company' }))
  let result: Awaited<ReturnType<FormRendererHandle['validate']>> | undefined
  await act(async () => {
    result = await ref.current!.validate()
  })
  expect(result!.errors.map((e) => e.path)).toContain('companyName')
})
