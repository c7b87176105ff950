import { Random } from './random'
import { CASE_ID_TOKEN } from './simulate-case'
import { prepareSubmission, withChannel } from './submission'

const data = {
  purpose: '查档',
  materials: [
    { materialId: 'intro-letter', attachmentId: 'sample-1', name: '介绍信.pdf', size: 1000 },
    { materialId: 'id-card', attachmentId: 'sample-2', name: '身份证.JPG' },
  ],
  rows: [{ nested: { attachmentId: 'sample-3', name: 'x.docx', size: 5 } }],
}

test('every file entry gets its own attachment id under the case, with a ref for the attachments table', () => {
  const p = prepareSubmission(data, 0.2, new Random(1), 'salt')
  expect(p.attachments.map((a) => a.id)).toEqual([1, 2, 3].map((n) => `${CASE_ID_TOKEN}-f${n}`))
  expect(JSON.stringify(p.data)).not.toContain('sample-')
  expect(p.attachments.map((a) => a.contentType)).toEqual([
    'application/pdf',
    'image/jpeg',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ])
  expect(p.attachments[0]).toMatchObject({ materialId: 'intro-letter', name: '介绍信.pdf' })
  for (const a of p.attachments) expect(a.sha256).toMatch(/^[a-f0-9]{64}$/)
  // The data's entries and the refs agree on size.
  const materials = p.data.materials as Array<{ size: number }>
  expect(materials.map((m) => m.size)).toEqual(p.attachments.slice(0, 2).map((a) => a.size))
  expect(data.materials[0]!.attachmentId).toBe('sample-1') // the example is not changed
})

test('the channel: counter at about the given share, else web or mobile; recorded in the state data', () => {
  const channels = Array.from(
    { length: 2000 },
    (_, i) => prepareSubmission({}, 0.25, new Random(i), 's').channel,
  )
  const counter = channels.filter((c) => c === 'counter').length / channels.length
  expect(counter).toBeGreaterThan(0.2)
  expect(counter).toBeLessThan(0.3)
  expect(new Set(channels)).toEqual(new Set(['counter', 'web', 'mobile']))
  const t = withChannel({ state: { data: { a: 1 } }, other: true }, 'counter')
  expect(t).toEqual({ state: { data: { a: 1, channel: 'counter' } }, other: true })
})
