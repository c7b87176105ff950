import { issue } from '@tongban/schemas'
import { archiveLookup } from '../../../fixtures'
import { locateIssues, messagesByElement } from './locate-issues'
import { runFlowChecks } from './run-flow-checks'

describe('locateIssues', () => {
  const flow = archiveLookup.flow
  it('uses the target, else the JSON pointer', () => {
    const located = locateIssues(flow, [
      issue('/x', 'flow.unreachable-node', '不可达', 'unreachable', { target: { nodeId: 'leader' } }),
      issue('/flow/edges/2/condition', 'expression.unknown-name', '未知字段', 'unknown field'),
      issue('/nodes/1/assignees', 'schema.minItems', '至少一项', 'at least one'),
      issue('/settings', 'schema.required', '缺少', 'missing'),
    ])
    expect(located.map((l) => l.elementId)).toEqual(['leader', 'e3', 'accept', undefined])
    expect(located[1]!.elementKind).toBe('edge')
  })
  it('keeps the first error message per element', () => {
    const located = locateIssues(flow, [
      issue('/nodes/1', 'w', '警告', 'warning', { severity: 'warning' }),
      issue('/nodes/1', 'e', '错误', 'error'),
    ])
    expect(messagesByElement(located, 'en').get('accept')).toBe('error')
  })
  it('flags a human task without assignees', () => {
    const broken = structuredClone(flow)
    ;(broken.nodes[3] as { assignees: unknown[] }).assignees = []
    const located = runFlowChecks(broken)
    expect(located.some((l) => l.elementId === 'leader')).toBe(true)
    expect(runFlowChecks(flow, archiveLookup.form).filter((i) => i.severity === 'error')).toEqual([])
  })
})
