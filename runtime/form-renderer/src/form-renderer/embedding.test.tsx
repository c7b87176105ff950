import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { createRef, StrictMode } from 'react'
import { recordsForm } from '../__fixtures__/records-form'
import { FormRenderer, type FormRendererHandle, type FormRendererProps } from './form-renderer'

// What an embedder gets without doing anything: schema defaults, clean values, server errors by
// JSON pointer, sane narrow layouts, no empty cards, StrictMode.

const INDEX_KEY = '__DO_NOT_USE_THIS_PROPERTY_index__'
const records = [{ archiveNo: 'A-1', copies: 2 }]

async function renderRecords(props: Partial<FormRendererProps> = {}, strict = false) {
  const ref = createRef<FormRendererHandle>()
  const onChange = jest.fn()
  const element = <FormRenderer ref={ref} form={recordsForm} onChange={onChange} {...props} />
  const utils = render(strict ? <StrictMode>{element}</StrictMode> : element)
  await act(async () => undefined)
  const rerender = (next: Partial<FormRendererProps>) => {
    const el = <FormRenderer ref={ref} form={recordsForm} onChange={onChange} {...props} {...next} />
    utils.rerender(strict ? <StrictMode>{el}</StrictMode> : el)
  }
  return { ...utils, ref, onChange, rerender }
}

describe('schema defaults', () => {
  test('are in the form and its values when the embedder passes a value without them', async () => {
    const { ref, onChange } = await renderRecords({ value: { purpose: '编史修志', records: [{ archiveNo: 'A-1' }] } })
    const expected = {
      purpose: '编史修志',
      method: 'read',
      classified: false,
      delivery: { channel: 'pickup' },
      records: [{ archiveNo: 'A-1', copies: 1 }],
    }
    expect(ref.current!.getValues()).toEqual(expected)
    expect(onChange).toHaveBeenLastCalledWith(expected)
    expect((screen.getByRole('radio', { name: '阅览' }) as HTMLInputElement).checked).toBe(true)
  })

  test('go out through onChange once when the form mounts, not once per field', async () => {
    const { onChange } = await renderRecords({ value: { purpose: 'x', records: [{ archiveNo: 'A-1' }] } })
    expect(onChange).toHaveBeenCalledTimes(1)
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ method: 'read', classified: false }))
  })

  test('a given value wins over the default', async () => {
    const { ref } = await renderRecords({ value: { method: 'copy' } })
    expect(ref.current!.getValues()).toMatchObject({ method: 'copy', classified: false })
  })

  test('fill what a later replacement value leaves out; the same value again keeps the user input', async () => {
    const { ref, rerender } = await renderRecords({ value: { purpose: 'a' } })
    await act(async () => {
      fireEvent.click(screen.getByRole('radio', { name: '复制' }))
    })
    await act(async () => rerender({ value: { purpose: 'a' } }))
    expect(ref.current!.getValues()).toMatchObject({ purpose: 'a', method: 'copy' })
    await act(async () => rerender({ value: { purpose: 'b', records: [{ archiveNo: 'B-1' }] } }))
    expect(ref.current!.getValues()).toEqual({
      purpose: 'b',
      method: 'read',
      classified: false,
      delivery: { channel: 'pickup' },
      records: [{ archiveNo: 'B-1', copies: 1 }],
    })
  })
})

describe('values from ArrayTable', () => {
  test('getValues, submit, onSubmit and onChange carry no ArrayTable bookkeeping', async () => {
    const onSubmit = jest.fn()
    const { ref, onChange } = await renderRecords({ value: { purpose: 'x', records }, onSubmit })
    await act(async () => {
      fireEvent.click(screen.getByText('添加'))
    })
    await act(async () => {
      ref.current!.form.setValuesIn('records.1.archiveNo', 'A-2')
    })
    // The raw Formily values do hold it: this is what the renderer cleans away.
    expect(JSON.stringify(ref.current!.form.values)).toContain(INDEX_KEY)
    let submitted: Record<string, unknown> = {}
    await act(async () => {
      submitted = await ref.current!.submit()
    })
    const expected = { archiveNo: 'A-2', copies: 1 }
    expect(submitted.records).toEqual([records[0], expected])
    expect(onSubmit.mock.calls[0][0].records).toEqual([records[0], expected])
    expect(ref.current!.getValues().records).toEqual([records[0], expected])
    expect(JSON.stringify(onChange.mock.calls)).not.toContain(INDEX_KEY)
  })
})

describe('server errors', () => {
  test('JSON pointers from the server land on their fields, also inside ArrayTable rows', async () => {
    const { ref } = await renderRecords({ value: { purpose: 'x', records } })
    let rest: unknown[] = []
    await act(async () => {
      rest = ref.current!.setServerErrors([
        { path: '/data/purpose', code: 'too-short', message: '查阅目的过短' },
        { path: '/data/records/0/archiveNo', code: 'not-found', message: '档号不存在' },
        { path: '/data/delivery/channel', code: 'not-allowed', message: '不支持该领取方式' },
        { path: '/data/hacker', code: 'unknown-field', message: '表单中没有这个字段' },
        { path: '/data', code: 'too-large', message: '数据过大' },
      ])
    })
    expect(screen.getByText('查阅目的过短')).toBeTruthy()
    expect(screen.getByText('档号不存在')).toBeTruthy()
    expect(screen.getByText('不支持该领取方式')).toBeTruthy()
    expect(rest).toEqual([
      expect.objectContaining({ code: 'unknown-field' }),
      expect.objectContaining({ code: 'too-large' }),
    ])
  })

  test('an error below a field goes to that field; one on a hidden field is returned', async () => {
    const { ref } = await renderRecords({ value: { purpose: 'x', records } })
    let rest: Array<{ path: string }> = []
    await act(async () => {
      rest = ref.current!.setServerErrors([
        { path: '/data/records/0/attachment/id', message: '附件不存在' },
        { path: '/data/pledge', message: '缺少承诺书编号' },
      ])
    })
    expect(screen.getByText('附件不存在')).toBeTruthy()
    expect(rest.map((e) => e.path)).toEqual(['/data/pledge'])
  })
})

describe('narrow screens and empty containers', () => {
  test('ArrayTable keeps its column widths and scrolls inside its box', async () => {
    const { container } = await renderRecords({ value: { records } })
    const table = container.querySelector('.ant-table table') as HTMLTableElement
    expect(table.style.width).toBe('max-content')
    expect(container.querySelector('.ant-table-content')?.getAttribute('style')).toMatch(/overflow-x: auto/)
  })

  test('FormGrid puts one field per row on a phone, two on a wide screen', async () => {
    const columnsAt = async (width: number) => {
      // jsdom has no layout: give the grid the width it would measure in a browser.
      const rect = jest.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
        const w = this.classList.contains('ant-formily-grid-layout') ? width : 0
        return { width: w, height: w ? 400 : 0, top: 0, left: 0, right: w, bottom: 0, x: 0, y: 0, toJSON: () => ({}) }
      })
      const { container, unmount } = await renderRecords({ value: { records } })
      const columns = (container.querySelector('.ant-formily-grid-layout') as HTMLElement).style.gridTemplateColumns
      unmount()
      rect.mockRestore()
      return columns
    }
    expect(await columnsAt(327)).toBe('repeat(1,minmax(0,1fr))')
    expect(await columnsAt(700)).toBe('repeat(2,minmax(0,1fr))')
  })

  test('a card whose fields are all hidden is not shown, and comes back with them', async () => {
    const { ref } = await renderRecords({ value: { classified: false } })
    const card = () => screen.getByText('保密承诺').closest('.ant-card') as HTMLElement
    expect(card().style.display).toBe('none')
    expect(screen.getByText('查阅信息').closest('.ant-card')!.getAttribute('style')).not.toMatch(/display: none/)
    await act(async () => {
      ref.current!.form.setValuesIn('classified', true)
    })
    await waitFor(() => expect(card().style.display).not.toBe('none'))
    expect(screen.getByText('保密承诺书编号')).toBeTruthy()
  })

  test('a card all of whose fields the task hides is not shown', async () => {
    await renderRecords({ mode: 'task', fieldAccess: { default: 'read', fields: { purpose: 'hidden', method: 'hidden', classified: 'hidden', records: 'hidden' } } })
    expect((screen.getByText('查阅信息').closest('.ant-card') as HTMLElement).style.display).toBe('none')
  })
})

test('StrictMode: defaults, typing, ArrayTable rows, linkage and validation all work', async () => {
  const { ref, onChange } = await renderRecords({ value: { purpose: 'x', records } }, true)
  expect(ref.current!.form.mounted).toBe(true)
  expect(ref.current!.form.unmounted).toBe(false)
  expect(ref.current!.getValues()).toMatchObject({ method: 'read', classified: false })
  await act(async () => {
    fireEvent.change(screen.getByDisplayValue('x'), { target: { value: 'yy' } })
  })
  expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ purpose: 'yy' }))
  await act(async () => {
    fireEvent.click(screen.getByText('添加'))
  })
  expect(document.querySelectorAll('.ant-table-row')).toHaveLength(2)
  await act(async () => {
    fireEvent.click(screen.getByRole('switch'))
  })
  expect(screen.getByText('保密承诺书编号')).toBeTruthy()
  let result: Awaited<ReturnType<FormRendererHandle['validate']>> | undefined
  await act(async () => {
    result = await ref.current!.validate()
  })
  expect(result!.errors.map((e) => e.path)).toEqual(['records.1.archiveNo'])
})
