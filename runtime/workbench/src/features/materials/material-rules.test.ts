import type { Material } from '@tongban/schemas'
import { ApiError } from '../../api/http'
import {
  checkFile,
  downloadUrl,
  extensionOf,
  fileEntry,
  formatSize,
  uploadProblem,
  verify,
  visibleMaterials,
} from './material-rules'

const letter: Material = {
  id: 'intro-letter',
  name: '单位介绍信',
  required: true,
  systemSupplied: false,
  accept: ['pdf', 'jpg'],
  maxSizeMb: 1,
} as Material
const staff = { id: 'staff-card', name: '工作人员身份信息', required: true, systemSupplied: true } as Material
const secret = { id: 'secret', name: '审批表', required: false, systemSupplied: false } as Material

describe('material rules', () => {
  it('formats sizes for people', () => {
    expect(formatSize(512)).toBe('512 B')
    expect(formatSize(1536)).toBe('1.5 KB')
    expect(formatSize(3 * 1024 * 1024)).toBe('3.0 MB')
    expect(formatSize(undefined)).toBe('')
  })
  it('refuses empty files, other types and files over the limit before sending them', () => {
    expect(extensionOf('介绍信.PDF')).toBe('pdf')
    expect(checkFile(letter, { name: 'a.pdf', size: 10 })).toBeUndefined()
    expect(checkFile(letter, { name: 'a.pdf', size: 0 })?.key).toBe('materials.empty')
    expect(checkFile(letter, { name: 'a.docx', size: 10 })).toEqual({
      key: 'materials.badType',
      params: { types: 'pdf、jpg' },
    })
    expect(checkFile(letter, { name: 'a.pdf', size: 2 * 1024 * 1024 })?.key).toBe('materials.tooLarge')
  })
  it('explains failed uploads with the server’s words, network and size problems with ours', () => {
    expect(uploadProblem(new ApiError(0, 'network', 'x')).key).toBe('materials.network')
    expect(uploadProblem(new ApiError(413, 'attachment.too-large', 'x')).key).toBe('materials.serverTooLarge')
    const typed = uploadProblem(
      new ApiError(415, 'attachment.type', '只接受 pdf 文件', { messageEn: 'Only pdf files are accepted' }),
    )
    expect(typed.text).toEqual({ zh: '只接受 pdf 文件', en: 'Only pdf files are accepted' })
    const field = uploadProblem(
      new ApiError(422, 'validation', '校验失败', {
        errors: [{ path: '/body/file', message: '缺少文件字段 file', messageEn: 'No file' }],
      }),
    )
    expect(field.text?.zh).toBe('缺少文件字段 file')
  })
  it('shows the listed materials plus every required upload', () => {
    expect(visibleMaterials([letter, staff, secret]).map((m) => m.id)).toEqual([
      'intro-letter',
      'staff-card',
      'secret',
    ])
    expect(visibleMaterials([letter, staff, secret], ['secret']).map((m) => m.id)).toEqual([
      'intro-letter',
      'secret',
    ])
  })
  it('stores the entry form-core checks and links its download', () => {
    const entry = fileEntry({ id: 'a-1', name: '介绍信.pdf', size: 20, sha256: 'ab' }, 'intro-letter')
    expect(entry).toEqual({ materialId: 'intro-letter', attachmentId: 'a-1', name: '介绍信.pdf', size: 20 })
    expect(downloadUrl(entry)).toBe('/api/attachments/a-1')
  })
  it('verifies the checksum only when both sides computed one', () => {
    expect(verify('AB', 'ab')).toBe('verified')
    expect(verify('ab', 'cd')).toBe('mismatch')
    expect(verify(undefined, 'ab')).toBe('unchecked')
  })
})
