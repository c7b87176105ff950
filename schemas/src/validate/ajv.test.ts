import { FlowDocument, FormDocument, MatterBundle, validateAgainst } from '../index'

const flow = {
  settings: { allowWithdraw: true, allowCancel: true, resubmit: 'back-to-returner' },
  nodes: [
    { id: 'start', type: 'start', name: '申请' },
    {
      id: 'a1',
      type: 'approval',
      name: '科室审核',
      assignees: [{ kind: 'role', role: 'archivist', org: { from: 'accepting' } }],
      multi: { mode: 'all' },
    },
    { id: 'end', type: 'end', name: '结束' },
  ],
  edges: [
    { id: 'e1', source: 'start', target: 'a1' },
    { id: 'e2', source: 'a1', target: 'end' },
  ],
}

describe('contract validators', () => {
  it('accepts a minimal valid flow', () => {
    expect(validateAgainst(FlowDocument, flow)).toMatchObject({ ok: true })
  })

  it('names the exact location of a wrong assignee rule, in Chinese and English', () => {
    const bad = structuredClone(flow) as any
    bad.nodes[1].assignees[0].org = { from: 'nowhere' }
    const result = validateAgainst(FlowDocument, bad)
    expect(result.ok).toBe(false)
    const paths = result.issues.map((i) => i.path)
    expect(paths.some((p) => p.startsWith('/nodes/1/assignees/0/org'))).toBe(true)
    expect(result.issues[0]!.message).toMatch(/[\u4e00-\u9fa5]/)
    expect(result.issues[0]!.messageEn.length).toBeGreaterThan(0)
  })

  it('rejects an unknown node type with a discriminator error at the node', () => {
    const bad = structuredClone(flow) as any
    bad.nodes[1].type = 'magic'
    const result = validateAgainst(FlowDocument, bad)
    expect(result.ok).toBe(false)
    expect(result.issues.map((i) => i.path)).toContain('/nodes/1/type')
  })

  it('rejects executable reactions (run) in forms', () => {
    const form = {
      schema: {
        type: 'object',
        properties: {
          a: { type: 'string', 'x-reactions': { fulfill: { run: 'alert(1)' } } },
        },
      },
    }
    const result = validateAgainst(FormDocument, form)
    expect(result.ok).toBe(false)
    expect(result.issues.map((i) => i.path)).toContain('/schema/properties/a/x-reactions/fulfill/run')
  })

  it('accepts nested form fields and rejects non-identifier field names', () => {
    const good = {
      schema: {
        type: 'object',
        properties: { g: { type: 'void', properties: { name: { type: 'string' } } } },
      },
    }
    expect(validateAgainst(FormDocument, good).ok).toBe(true)
    const bad = { schema: { type: 'object', properties: { 'bad name': { type: 'string' } } } }
    expect(validateAgainst(FormDocument, bad).ok).toBe(false)
  })

  it('validates a bundle as a whole', () => {
    expect(validateAgainst(MatterBundle, { bundleFormat: 1 }).ok).toBe(false)
  })

  it('refuses documents nested deeper than the limit before the recursive validators run', () => {
    let node: unknown = { type: 'string' }
    for (let i = 0; i < 20_000; i++) node = { type: 'object', properties: { a: node } }
    expect(validateAgainst(FormDocument, { schema: node })).toMatchObject({
      ok: false,
      issues: [{ path: '/', code: 'schema.too-deep', severity: 'error' }],
    })
    let shallow: unknown = { type: 'string' }
    for (let i = 0; i < 30; i++) shallow = { type: 'object', properties: { a: shallow } }
    expect(validateAgainst(FormDocument, { schema: shallow }).ok).toBe(true)
  })
})
