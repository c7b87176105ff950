import type { Matter, MatterBundle } from '@tongban/schemas'

/** A starting bundle for a new matter: applicant fields, and start → approval → end. */
export function newBundle(matter: Matter): MatterBundle {
  return {
    bundleFormat: 1,
    version: 0,
    matter,
    form: {
      schema: {
        type: 'object',
        properties: {
          applicant: { type: 'string', title: '申请人', 'x-decorator': 'FormItem', 'x-component': 'Input', 'x-pattern': 'readPretty', 'x-tongban': { binding: 'applicant.name', standardField: 'applicant' } },
          department: { type: 'string', title: '申请单位', 'x-decorator': 'FormItem', 'x-component': 'Input', 'x-pattern': 'readPretty', 'x-tongban': { binding: 'applicant.orgName', standardField: 'department' } },
          reason: { type: 'string', title: '申请事由', required: true, 'x-decorator': 'FormItem', 'x-component': 'Input.TextArea' },
        },
      },
    },
    flow: {
      settings: { allowWithdraw: true, allowCancel: true, resubmit: 'back-to-returner' },
      nodes: [
        { id: 'start', type: 'start', name: '提交申请' },
        { id: 'approve', type: 'approval', name: '受理单位审批', assignees: [{ kind: 'org-head', org: { from: 'accepting' } }] },
        { id: 'end', type: 'end', name: '办结', outcome: 'completed' },
      ],
      edges: [
        { id: 'e1', source: 'start', target: 'approve' },
        { id: 'e2', source: 'approve', target: 'end' },
      ],
    },
    layout: { nodes: { start: { x: 100, y: 160 }, approve: { x: 300, y: 160 }, end: { x: 500, y: 160 } } },
  }
}
