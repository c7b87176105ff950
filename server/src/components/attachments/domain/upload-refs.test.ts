import { findUploadRefs } from './upload-refs'

describe('findUploadRefs', () => {
  it('When data holds material entries at any depth, then each is found with its path and field', () => {
    const data = {
      purpose: 'x',
      materials: [
        { materialId: 'letter', attachmentId: 'a-1', name: '介绍信.pdf' },
        { materialId: 'id', attachmentId: 'a-2', name: '身份证.jpg' },
      ],
      rows: [{ files: [{ attachmentId: 'a-3', name: 'r.pdf' }] }],
    }
    expect(findUploadRefs(data)).toEqual([
      { path: '/data/materials/0', field: 'materials', attachmentId: 'a-1', materialId: 'letter' },
      { path: '/data/materials/1', field: 'materials', attachmentId: 'a-2', materialId: 'id' },
      { path: '/data/rows/0/files/0', field: 'rows', attachmentId: 'a-3' },
    ])
  })

  it('When data has no entries, then nothing is found', () => {
    expect(findUploadRefs({ a: 1, b: ['x'], c: null })).toEqual([])
    expect(findUploadRefs(undefined)).toEqual([])
  })
})
