import { validateFlow } from './validate-flow'

const flow = {
  settings: { allowWithdraw: true, allowCancel: true, resubmit: 'restart' },
  nodes: [
    { id: 'start', type: 'start', name: '申请' },
    { id: 'x', type: 'exclusive', name: '金额判断' },
    {
      id: 'a1',
      type: 'approval',
      name: '审核',
      assignees: [{ kind: 'role', role: 'finance', org: { from: 'applicant' } }],
    },
    { id: 'end', type: 'end', name: '结束' },
  ],
  edges: [
    { id: 'e1', source: 'start', target: 'x' },
    { id: 'e2', source: 'x', target: 'a1', condition: 'amount > 1000' },
    { id: 'e3', source: 'x', target: 'end', isDefault: true },
    { id: 'e4', source: 'a1', target: 'end' },
  ],
}

describe('validateFlow', () => {
  it('checks field names only when the form is known', () => {
    expect(validateFlow(flow)).toEqual([])
    const form = { schema: { type: 'object', properties: { total: { type: 'number' } } } }
    const issues = validateFlow(flow, { form })
    expect(issues.map((i) => [i.path, i.code, i.target])).toEqual([
      ['/edges/1/condition', 'flow.invalid-expression', { edgeId: 'e2' }],
    ])
  })

  it('ignores a form that is itself invalid, rather than reporting every name', () => {
    expect(validateFlow(flow, { form: { schema: 'not a form' } })).toEqual([])
  })

  it('checks roles only when the known roles are given', () => {
    expect(validateFlow(flow, { knownRoles: ['finance'] })).toEqual([])
    expect(validateFlow(flow, { knownRoles: new Set(['archivist']) }).map((i) => i.code)).toEqual([
      'flow.unknown-role',
    ])
  })

  it('still checks syntax without a form', () => {
    const broken = structuredClone(flow)
    broken.edges[1]!.condition = 'amount >'
    expect(validateFlow(broken).map((i) => i.code)).toEqual(['flow.invalid-expression'])
  })

  it('names the node and the edge to highlight', () => {
    const cyclic = structuredClone(flow)
    cyclic.edges[3]!.target = 'x'
    const issues = validateFlow(cyclic)
    expect(issues.find((i) => i.code === 'flow.cycle')).toMatchObject({
      severity: 'warning',
      target: { nodeId: 'x' },
    })
  })
})
