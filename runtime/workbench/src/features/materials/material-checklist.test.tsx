/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import type { MaterialFile } from '@tongban/form-core'
import { RendererServicesProvider } from '@tongban/form-renderer'
import type { Material } from '@tongban/schemas'
import { useState } from 'react'
import { api } from '../../api/client'
import { ApiError } from '../../api/http'
import { uploadAttachment, type UploadProgress } from '../../api/upload'
import { I18nProvider } from '../../i18n/i18n'
import { MaterialChecklist } from './material-checklist'
import { sha256Hex } from './material-rules'
import { MaterialsProvider } from './materials-context'

jest.mock('../../api/upload', () => ({ uploadAttachment: jest.fn() }))
// Only the renderer's services context is needed; its index would load all of Formily's antd.
jest.mock('@tongban/form-renderer', () => {
  const react = require('react') as typeof import('react')
  const services = react.createContext({})
  return {
    RendererServicesProvider: services.Provider,
    useRendererServices: () => react.useContext(services),
  }
})
jest.mock('./material-rules', () => ({
  ...jest.requireActual('./material-rules'),
  sha256Hex: jest.fn(),
}))
const upload = uploadAttachment as jest.MockedFunction<typeof uploadAttachment>
const hash = sha256Hex as jest.MockedFunction<typeof sha256Hex>
const SHA = 'a'.repeat(64)

const deleteUpload = jest.spyOn(api, 'deleteUpload')

beforeEach(() => {
  deleteUpload.mockReset()
  deleteUpload.mockResolvedValue(undefined)
  upload.mockReset()
  hash.mockReset()
  hash.mockResolvedValue(SHA)
})

const letter = {
  id: 'intro-letter',
  name: '单位介绍信',
  required: true,
  systemSupplied: false,
  accept: ['pdf'],
  maxSizeMb: 1,
} as Material

function Harness(props: { caseId?: string; initial?: MaterialFile[]; readOnly?: boolean }) {
  const [value, setValue] = useState<MaterialFile[]>(props.initial ?? [])
  return (
    <I18nProvider initial="zh-CN">
      <RendererServicesProvider value={{ materials: [letter] }}>
        <MaterialsProvider {...(props.caseId ? { caseId: props.caseId } : {})}>
          <MaterialChecklist value={value} onChange={setValue} readOnly={props.readOnly} />
        </MaterialsProvider>
      </RendererServicesProvider>
    </I18nProvider>
  )
}

const pick = (name: string, content = '%PDF-1.4') => {
  const input = document.querySelector('input[type=file]') as HTMLInputElement
  fireEvent.change(input, { target: { files: [new File([content], name, { type: 'application/pdf' })] } })
}

describe('material checklist', () => {
  it('uploads with progress to the case, then shows name, size, verified checksum, download link; remove takes it out', async () => {
    let progress: UploadProgress | undefined
    let finish: (v: Awaited<ReturnType<typeof uploadAttachment>>) => void = () => {}
    upload.mockImplementation((_target, onProgress) => {
      progress = onProgress
      return new Promise((resolve) => (finish = resolve))
    })
    render(<Harness caseId="c-1" />)
    expect(screen.getByTestId('materials-summary').textContent).toContain('缺少必需材料：单位介绍信')
    pick('介绍信.pdf')
    await waitFor(() => expect(upload).toHaveBeenCalled())
    expect(upload.mock.calls[0]?.[0]).toMatchObject({ materialId: 'intro-letter', caseId: 'c-1' })
    act(() => progress?.(4, 8))
    expect(screen.getByTestId('material-progress').textContent).toContain('50%')
    await act(async () => finish({ id: 'a-1', name: '介绍信.pdf', size: 2048, sha256: SHA }))
    const row = await screen.findByTestId('material-file')
    expect(row.textContent).toContain('介绍信.pdf')
    expect(row.textContent).toContain('2.0 KB')
    expect(screen.getByTestId('material-verified').textContent).toBe('校验一致')
    expect(screen.getByTestId('material-download').getAttribute('href')).toBe('/api/attachments/a-1')
    expect(screen.getByTestId('materials-summary').textContent).toContain('必需材料已齐全')
    fireEvent.click(screen.getByTestId('material-remove'))
    expect(screen.queryByTestId('material-file')).toBeNull()
    // Uploaded to the case: the case keeps the file, nothing is deleted.
    expect(deleteUpload).not.toHaveBeenCalled()
  })

  it('before the case exists, removing an upload (or one whose checksum differs) deletes it on the server', async () => {
    upload.mockResolvedValueOnce({ id: 'a-3', name: '介绍信.pdf', size: 8, sha256: SHA })
    render(<Harness />)
    pick('介绍信.pdf')
    await screen.findByTestId('material-file')
    expect(upload.mock.calls[0]?.[0]).not.toHaveProperty('caseId')
    fireEvent.click(screen.getByTestId('material-remove'))
    expect(deleteUpload).toHaveBeenCalledWith('a-3')

    upload.mockResolvedValueOnce({ id: 'a-4', name: '介绍信.pdf', size: 8, sha256: 'b'.repeat(64) })
    pick('介绍信.pdf')
    await waitFor(() => expect(deleteUpload).toHaveBeenCalledWith('a-4'))
    expect(deleteUpload).toHaveBeenCalledTimes(2)
  })

  it('refuses a wrong type without sending it and explains server refusals and checksum mismatches', async () => {
    render(<Harness />)
    pick('介绍信.docx')
    expect((await screen.findByTestId('material-problem')).textContent).toContain('只接受 pdf 格式的文件')
    expect(upload).not.toHaveBeenCalled()

    upload.mockRejectedValueOnce(new ApiError(413, 'attachment.too-large', '文件超过 1 MB'))
    pick('介绍信.pdf')
    await waitFor(() =>
      expect(screen.getByTestId('material-problem').textContent).toContain('文件超过服务器允许的大小'),
    )

    upload.mockResolvedValueOnce({ id: 'a-2', name: '介绍信.pdf', size: 8, sha256: 'b'.repeat(64) })
    pick('介绍信.pdf')
    await waitFor(() => expect(screen.getByTestId('material-problem').textContent).toContain('校验不一致'))
    expect(screen.queryByTestId('material-file')).toBeNull()
  })

  it('in read mode lists the files with their download links and no upload or remove', () => {
    render(
      <Harness
        readOnly
        initial={[{ materialId: 'intro-letter', attachmentId: 'a-9', name: '介绍信.pdf', size: 10 }]}
      />,
    )
    expect(screen.getByTestId('material-download').getAttribute('href')).toBe('/api/attachments/a-9')
    expect(screen.queryByTestId('material-remove')).toBeNull()
    expect(screen.queryByTestId('material-upload-intro-letter')).toBeNull()
    expect(screen.queryByTestId('materials-summary')).toBeNull()
    expect(screen.queryByTestId('material-not-provided')).toBeNull()
  })

  it('in read mode marks a required material nobody provided', () => {
    render(<Harness readOnly />)
    expect(screen.getByTestId('material-not-provided').textContent).toBe('未提供')
  })
})
