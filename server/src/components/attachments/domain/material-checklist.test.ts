import type { Material } from '@tongban/schemas'
import { materialChecklist } from './material-checklist'

const material = (id: string, extra: Partial<Material> = {}): Material => ({
  id,
  name: `材料${id}`,
  required: true,
  systemSupplied: false,
  ...extra,
})
const file = (id: string, materialId?: string) => ({
  id,
  ...(materialId ? { materialId } : {}),
  name: `${id}.pdf`,
  size: 1,
  sha256: 'a'.repeat(64),
  contentType: 'application/pdf',
})

describe('materialChecklist', () => {
  it('When files exist for some materials, then each material lists its files and whether it is satisfied or missing', () => {
    const list = materialChecklist(
      [material('letter', { accept: ['pdf'] }), material('id'), material('licence', { systemSupplied: true }), material('extra', { required: false })],
      [file('a1', 'letter'), file('a2'), file('a3', 'letter')],
      // a2 was uploaded without a material; the form entry files it under `id`.
      { materials: [{ materialId: 'id', attachmentId: 'a2', name: 'a2.pdf' }] },
    )
    expect(list.map((m) => [m.id, m.attachments.map((a) => a.id), m.satisfied, m.missing])).toEqual([
      ['letter', ['a1', 'a3'], true, false],
      ['id', ['a2'], true, false],
      ['licence', [], true, false],
      ['extra', [], false, false],
    ])
    expect(list[0]).toMatchObject({ accept: ['pdf'], attachments: [{ url: '/api/attachments/a1' }, { url: '/api/attachments/a3' }] })
  })

  it('When a required material has no file, then it is missing', () => {
    expect(materialChecklist([material('letter')], [], {})[0]).toMatchObject({ satisfied: false, missing: true })
  })
})
