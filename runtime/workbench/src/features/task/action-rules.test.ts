import type { CaseEvent, FlowDocument, TaskRecord } from '@tongban/schemas'
import { availableActions, needsComment, returnTargets } from './action-rules'

const node = {
  id: 'accept',
  type: 'approval',
  name: '档案馆受理',
  actions: ['approve', 'reject', 'return', 'transfer', 'withdraw', 'comment'],
  commentRequired: ['reject', 'return'],
} as unknown as FlowDocument['nodes'][number]
const task = (over: Partial<TaskRecord>): TaskRecord =>
  ({
    id: 't1',
    caseId: 'c1',
    nodeId: 'accept',
    nodeName: '受理',
    kind: 'approval',
    assigneeId: 'p1',
    status: 'open',
    createdAt: '',
    card: 'none',
    ...over,
  }) as TaskRecord

describe('task action rules', () => {
  it('offers the node actions on an open task of mine, in button order', () => {
    expect(availableActions(node, task({}), 'p1')).toEqual([
      'approve',
      'reject',
      'return',
      'transfer',
      'comment',
    ])
  })
  it('offers nothing on someone else’s task or a carbon copy', () => {
    expect(availableActions(node, task({}), 'p2')).toEqual([])
    expect(availableActions(node, task({ kind: 'cc' }), 'p1')).toEqual([])
  })
  it('offers withdraw on my approved task when the node allows it', () => {
    expect(availableActions(node, task({ status: 'completed', outcome: 'approved' }), 'p1')).toEqual([
      'withdraw',
    ])
    expect(availableActions(node, task({ status: 'cancelled' }), 'p1')).toEqual([])
  })
  it('lets the person a task was delegated to only hand it back or comment', () => {
    expect(availableActions(node, task({ assigneeId: 'p2', ownerId: 'p1' }), 'p2')).toEqual([
      'resolve',
      'comment',
    ])
    // The owner no longer holds it.
    expect(availableActions(node, task({ assigneeId: 'p2', ownerId: 'p1' }), 'p1')).toEqual([])
  })
  it('offers only comments (and cc where allowed) while my task waits behind 前加签', () => {
    expect(availableActions(node, task({ status: 'waiting' }), 'p1')).toEqual(['comment'])
  })
  it('requires a comment where the node says so', () => {
    expect(needsComment(node, 'reject')).toBe(true)
    expect(needsComment(node, 'approve')).toBe(false)
    expect(needsComment(node, 'comment')).toBe(true)
  })
  it('returns to the applicant or a passed step', () => {
    const nodes = [
      { id: 'start', type: 'start', name: '提交' },
      { id: 'a', type: 'approval', name: 'A' },
      node,
      { id: 'z', type: 'approval', name: 'Z' },
    ] as unknown as FlowDocument['nodes']
    const events = [
      { type: 'node.completed', nodeId: 'a' },
      { type: 'node.completed', nodeId: 'start' },
    ] as CaseEvent[]
    expect(returnTargets(nodes, events, 'accept').map((x) => x.value)).toEqual(['applicant', 'a'])
  })
})
