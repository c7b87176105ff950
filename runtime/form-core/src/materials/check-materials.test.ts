import type { FormDocument, Material } from '@tongban/schemas'
import { validateSubmission } from '../validate/validate-submission'
import { missingMaterials } from './check-materials'

const materials: Material[] = [
  { id: 'letter', name: '单位介绍信', required: true, systemSupplied: false },
  { id: 'idcopy', name: '身份证复印件', required: true, systemSupplied: true },
  { id: 'other', name: '其他', required: false, systemSupplied: false },
]

describe('materials', () => {
  test('required materials without a file are missing; system-supplied ones never are', () => {
    expect(missingMaterials(materials, undefined).map((m) => m.id)).toEqual(['letter'])
    expect(missingMaterials(materials, [{ materialId: 'letter', attachmentId: 'a1', name: 'x.pdf' }])).toEqual([])
  })

  test('validateSubmission checks a MaterialUpload field against the matter materials', async () => {
    const form: FormDocument = { schema: { type: 'object', properties: { files: { type: 'array', title: '申请材料', 'x-component': 'MaterialUpload' } } } }
    const result = await validateSubmission(form, { files: [] }, { materials })
    expect(result.errors).toEqual([
      { path: 'files', code: 'materials-missing', message: '缺少必需材料：单位介绍信', messageEn: 'Required materials missing: 单位介绍信', title: '申请材料' },
    ])
  })
})
