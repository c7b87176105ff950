import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import type { FormDocument, FormNode } from '@tongban/schemas'
import { createRef } from 'react'
import { archiveMaterials, directoryData } from '../__fixtures__/archive-form'
import { FormRenderer, type FormRendererHandle } from '../form-renderer/form-renderer'
import { createMemoryDirectory } from '../testing/memory-directory'
import { maskIdCard } from './id-card-input'

const directory = createMemoryDirectory(directoryData)
const one = (node: FormNode): FormDocument => ({
  schema: { type: 'object', properties: { field: { title: '字段', 'x-decorator': 'FormItem', ...node } } },
})

function setup(node: FormNode, value?: unknown, extra: Partial<Parameters<typeof FormRenderer>[0]> = {}) {
  const ref = createRef<FormRendererHandle>()
  const onChange = jest.fn()
  const utils = render(
    <FormRenderer ref={ref} form={one(node)} value={value === undefined ? {} : { field: value }} onChange={onChange} directory={directory} {...extra} />,
  )
  return { ...utils, ref, onChange, last: () => onChange.mock.calls.at(-1)?.[0]?.field }
}

describe('widgets', () => {
  test('PersonPicker searches the directory and stores the person id; read mode shows the name', async () => {
    const { container, last } = setup({ type: 'string', 'x-component': 'PersonPicker' })
    const input = container.querySelector('input')!
    fireEvent.mouseDown(container.querySelector('.ant-select-selector')!)
    fireEvent.change(input, { target: { value: '李' } })
    const option = await screen.findByText('李四 · 市档案馆 · 科长', undefined, { timeout: 4000 })
    fireEvent.click(option)
    expect(last()).toBe('p-li')
    setup({ type: 'string', 'x-component': 'PersonPicker' }, 'p-zhang', { mode: 'read' })
    expect(await screen.findByText('张三')).toBeTruthy()
  })

  test('OrgPicker shows the selected organisation by name and the top of the tree', async () => {
    const { container } = setup({ type: 'string', 'x-component': 'OrgPicker' }, 'hr')
    expect(await screen.findByText('市人力社保局')).toBeTruthy()
    fireEvent.mouseDown(container.querySelector('.ant-select-selector')!)
    expect(await screen.findByText('丽水市')).toBeTruthy()
    fireEvent.change(container.querySelector('input')!, { target: { value: '档案' } })
    expect(await screen.findByText('市档案馆', undefined, { timeout: 4000 })).toBeTruthy()
  })

  test('RegionSelect shows the path of the chosen region', async () => {
    setup({ type: 'string', 'x-component': 'RegionSelect' }, 'liandu', { mode: 'read' })
    expect(await screen.findByText('丽水市 / 莲都区')).toBeTruthy()
  })

  test('MaterialUpload uploads through the injected function and ticks the checklist', async () => {
    const uploadFile = jest.fn(async (file: File, _ctx: unknown) => ({ id: 'att-9', name: file.name, size: file.size }))
    const { container, last } = setup({ type: 'array', 'x-component': 'MaterialUpload' }, undefined, {
      materials: archiveMaterials,
      uploadFile,
    })
    expect(screen.getByText('缺少必需材料：单位介绍信')).toBeTruthy()
    const input = container.querySelector('[data-material="letter"] input[type=file]') as HTMLInputElement
    await act(async () => {
      fireEvent.change(input, { target: { files: [new File(['x'], '介绍信.pdf', { type: 'application/pdf' })] } })
    })
    await waitFor(() => expect(last()).toEqual([{ materialId: 'letter', attachmentId: 'att-9', name: '介绍信.pdf', size: 1 }]))
    expect(uploadFile.mock.calls[0]![1]).toEqual({ materialId: 'letter', fieldPath: 'field' })
    expect(await screen.findByText('已齐全')).toBeTruthy()
  })

  test('IdCardInput upper-cases, and masks in read mode; its shared rule applies', async () => {
    const { container, last, ref } = setup({ type: 'string', 'x-component': 'IdCardInput' })
    fireEvent.change(container.querySelector('input')!, { target: { value: '11010519491231002x' } })
    expect(last()).toBe('11010519491231002X')
    expect(maskIdCard('11010519491231002X')).toBe('110105********002X')
    await act(async () => {
      ref.current!.form.setValuesIn('field', '110105194912310021')
      await ref.current!.validate()
    })
    expect(screen.getByText('请输入有效的18位身份证号码')).toBeTruthy()
  })

  test('PhoneInput keeps digits only', () => {
    const { container, last } = setup({ type: 'string', 'x-component': 'PhoneInput' })
    fireEvent.change(container.querySelector('input')!, { target: { value: '138-0013 8000' } })
    expect(last()).toBe('13800138000')
  })

  test('Signature: a typed name is the value; read mode shows it', async () => {
    const { last } = setup({ type: 'string', 'x-component': 'Signature' })
    fireEvent.change(screen.getByPlaceholderText('输入您的姓名作为签名'), { target: { value: '张三' } })
    expect(last()).toBe('张三')
    setup({ type: 'string', 'x-component': 'Signature' }, undefined, { mode: 'read' })
    expect(screen.getByText('未签名')).toBeTruthy()
  })
})
