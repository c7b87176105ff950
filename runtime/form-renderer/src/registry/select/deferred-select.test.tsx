import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import type { FormDocument } from '@tongban/schemas'
import { Form } from 'antd'
import { createRef } from 'react'
import { FormRenderer, type FormRendererHandle } from '../../form-renderer/form-renderer'
import { DeferredSelect, faceCanShow } from './deferred-select'

const form = {
  schema: {
    type: 'object',
    properties: {
      level: {
        type: 'string',
        title: '密级',
        'x-decorator': 'FormItem',
        'x-component': 'Select',
        'x-component-props': { placeholder: '请选择密级' },
        enum: [
          { value: 'open', label: '公开' },
          { value: 'inner', label: '内部' },
        ],
      },
      tags: {
        type: 'array',
        title: '标签',
        'x-decorator': 'FormItem',
        'x-component': 'Select',
        'x-component-props': { mode: 'multiple' },
        enum: [{ value: 't', label: '急件' }],
      },
    },
  },
} as unknown as FormDocument

function renderForm(value: Record<string, unknown> = {}) {
  const ref = createRef<FormRendererHandle>()
  const onChange = jest.fn()
  const utils = render(<FormRenderer ref={ref} form={form} value={value} onChange={onChange} />)
  const level = () => utils.container.querySelector('.ant-formily-item .ant-select') as HTMLElement
  return { ...utils, ref, onChange, level }
}

const options = () => [...document.querySelectorAll('.ant-select-item-option')].map((o) => o.textContent)

test('the props a Formily field passes to a plain Select keep the face; search, multiple, clear or an open list do not', () => {
  const formily = {
    value: 'a',
    onChange() {},
    onFocus() {},
    onBlur() {},
    disabled: false,
    readOnly: false,
    loading: false,
    options: [],
    suffixIcon: undefined,
    children: undefined,
  }
  expect(faceCanShow(formily)).toBe(true)
  expect(faceCanShow({ ...formily, placeholder: '请选择', size: 'large', style: { width: 200 } })).toBe(true)
  for (const more of [
    { showSearch: true },
    { mode: 'multiple' as const },
    { allowClear: true },
    { open: true },
    { readOnly: true },
    { loading: true },
    { suffixIcon: 'v' },
    { labelRender: () => null },
  ])
    expect(faceCanShow({ ...formily, ...more })).toBe(false)
})

test('a press on a select opens its list, and choosing sets the value', async () => {
  const { level, onChange, ref } = renderForm()
  expect(screen.getByText('请选择密级')).toBeTruthy()
  fireEvent.mouseDown(level().querySelector('.ant-select-selector')!)
  await waitFor(() => expect(options()).toEqual(['公开', '内部']))
  fireEvent.click(screen.getByText('内部', { selector: '.ant-select-item-option-content' }))
  expect(ref.current!.getValues().level).toBe('inner')
  expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ level: 'inner' }))
  expect(level().querySelector('.ant-select-selection-item')!.textContent).toBe('内部')
})

test('the pointer entering a select mounts it, so the press that follows is its own', async () => {
  const { level } = renderForm({ level: 'open' })
  expect(level().querySelector('.ant-select-selection-item')!.getAttribute('title')).toBe('公开')
  fireEvent.mouseEnter(level())
  fireEvent.mouseDown(level().querySelector('.ant-select-selector')!)
  await waitFor(() => expect(options()).toEqual(['公开', '内部']))
})

test('keyboard focus reaching a select gives the focus to the real one', async () => {
  const { level } = renderForm()
  act(() => (level().querySelector('input') as HTMLInputElement).focus())
  await waitFor(() => expect(document.activeElement).toBe(level().querySelector('input')))
  expect(document.activeElement!.getAttribute('role')).toBe('combobox')
  // The real Select answers the keyboard: ArrowDown opens the list.
  fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown', keyCode: 40, which: 40 })
  await waitFor(() => expect(options()).toEqual(['公开', '内部']))
})

test('a value set from outside shows on the select before anyone touches it', async () => {
  const { ref, level } = renderForm()
  await act(async () => {
    ref.current!.form.setValuesIn('level', 'open')
  })
  expect(level().querySelector('.ant-select-selection-item')!.textContent).toBe('公开')
})

test('a disabled select stays shut when pressed', async () => {
  const { ref, level } = renderForm({ level: 'open' })
  await act(async () => {
    ref.current!.form.setFieldState('level', (s) => {
      s.disabled = true
    })
  })
  expect(level().className).toContain('ant-select-disabled')
  fireEvent.mouseDown(level().querySelector('.ant-select-selector')!)
  await new Promise((r) => setTimeout(r, 50))
  expect(options()).toEqual([])
})

test('a multiple select is antd’s own from the start', () => {
  const { container } = renderForm()
  expect(container.querySelector('.ant-select-multiple .ant-select-selection-overflow')).toBeTruthy()
})

test('inside an antd Form.Item it is the real Select, with the item’s status and feedback icon', () => {
  const { container } = render(
    <Form>
      <Form.Item validateStatus="error" hasFeedback>
        <DeferredSelect options={[{ value: 'a', label: '甲' }]} value="a" />
      </Form.Item>
    </Form>,
  )
  expect(container.querySelector('.ant-select.ant-select-status-error.ant-select-in-form-item')).toBeTruthy()
  expect(container.querySelector('.ant-select-arrow .ant-form-item-feedback-icon-error')).toBeTruthy()
})
