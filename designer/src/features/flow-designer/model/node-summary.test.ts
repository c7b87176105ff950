import { archiveLookup, secondment } from '../../../fixtures'
import { describeMulti, describeRule, nodeSubtitle } from './node-summary'

describe('node summaries', () => {
  it('describes every assignee rule kind in both languages', () => {
    expect(describeRule({ kind: 'role', role: 'archive-officer', org: { from: 'accepting' } })).toBe('受理单位的archive-officer')
    expect(describeRule({ kind: 'applicant-head', levels: 2, mode: 'chain' }, 'en')).toBe("applicant's heads, 2 levels in turn")
    expect(describeRule({ kind: 'person', personIds: ['p1', 'p2'] }, 'zh-CN', (_, id) => (id === 'p1' ? '王' : undefined))).toBe('王、p2')
    expect(describeRule({ kind: 'org-head', org: { from: 'field', field: 'lendingOrg' }, levelsUp: 1 })).toBe('字段「lendingOrg」的单位上1级负责人')
    expect(describeRule({ kind: 'org-leader', org: { from: 'applicant' }, rank: 2 }, 'en')).toBe("leader of applicant's department #2")
    expect(describeRule({ kind: 'applicant-chosen', multiple: true })).toBe('申请人自选（多人）')
    expect(describeRule({ kind: 'form-field', field: 'x', as: 'person' }, 'en')).toBe('people in field "x"')
    expect(describeRule({ kind: 'applicant' })).toBe('申请人本人')
  })

  it('shows the multi-approver mode on human tasks', () => {
    const orgdept = secondment.flow.nodes.find((n) => n.id === 'orgdept')!
    expect(nodeSubtitle(orgdept)).toContain('会签')
    expect(describeMulti({ mode: 'ratio', ratio: 0.5 }, 'en')).toBe('ratio 50%')
    expect(nodeSubtitle(archiveLookup.flow.nodes[0]!)).toBe('')
  })
})
