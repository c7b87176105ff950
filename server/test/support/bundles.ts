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
