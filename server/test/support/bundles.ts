import type { MatterBundle } from '@tongban/schemas'

/**
 * 档案查阅 as a minimal bundle: the applicant states a purpose; the archive's archivists approve
 * (any one decides); the case ends approved.
 */
export function archiveBundle(overrides: Partial<MatterBundle['matter']> = {}): MatterBundle {
  return {
    bundleFormat: 1,
    version: 0,
    matter: {
      id: 'archive-lookup',
      code: 'LS-DA-001',
      name: '档案查阅',
      category: '档案',
      acceptingOrgId: 'archive',
      regionId: 'city',
      applicantScope: { kind: 'organisations', orgIds: ['city'] },
      legalBasis: [{ title: '中华人民共和国档案法' }],
      materials: [],
      timeLimits: { promisedDays: 3, legalDays: 5 },
      channels: ['web'],
      status: 'draft',
      version: 0,
      ...overrides,
    },
    form: {
      schema: {
        type: 'object',
        properties: {
          purpose: {
            type: 'string',
            title: '查阅目的',
            required: true,
            maxLength: 200,
            'x-component': 'Input',
            'x-decorator': 'FormItem',
          },
          records: {
            type: 'string',
            title: '档案名称',
            'x-component': 'Input.TextArea',
            'x-decorator': 'FormItem',
          },
          copies: {
            type: 'number',
            title: '复印份数',
            minimum: 0,
            maximum: 50,
            'x-component': 'NumberPicker',
            'x-decorator': 'FormItem',
          },
        },
      },
    },
    flow: {
      nodes: [
        { id: 'start', type: 'start', name: '申请' },
        {
          id: 'review',
          type: 'approval',
          name: '档案馆审核',
          assignees: [{ kind: 'role', role: 'archivist', org: { from: 'accepting' } }],
          multi: { mode: 'any' },
          timeLimit: { value: 2, unit: 'workday' },
        },
        { id: 'end', type: 'end', name: '办结', outcome: 'approved' },
      ],
      edges: [
        { id: 'e1', source: 'start', target: 'review' },
        { id: 'e2', source: 'review', target: 'end' },
      ],
      settings: { allowWithdraw: true, allowCancel: true, resubmit: 'back-to-returner' },
    },
  }
}

/** The archive matter as a chain of `steps` single approvals by the approver (`s1` … `sN`). */
export function approvalChain(steps: number, overrides: Partial<MatterBundle['matter']> = {}): MatterBundle {
  const bundle = archiveBundle(overrides)
  const nodes = Array.from({ length: steps }, (_, i) => ({
    id: `s${i + 1}`,
    type: 'approval' as const,
    name: `第 ${i + 1} 步`,
    assignees: [{ kind: 'person' as const, personIds: ['p-approver'] }],
    policies: { duplicateApprover: 'none' as const },
  }))
  bundle.flow.nodes = [bundle.flow.nodes[0]!, ...nodes, bundle.flow.nodes[2]!]
  const ids = ['start', ...nodes.map((s) => s.id), 'end']
  bundle.flow.edges = ids.slice(1).map((target, i) => ({ id: `e${i + 1}`, source: ids[i]!, target }))
  return bundle
}
