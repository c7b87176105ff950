import fc from 'fast-check'
import type { FlowEdge, FlowNode, MatterBundle, MultiApproverMode } from '@tongban/schemas'
import { bundle } from '../fixtures/bundles'

/**
 * Random structured flows (Zeebe's random-BPMN idea): sequences of tasks and nested exclusive,
 * parallel and inclusive blocks, every multi-approver mode. Conditions read the numeric fields
 * v1..v3, so the data decides which branches run.
 */
export type Block =
  | {
      kind: 'task'
      type: 'approval' | 'handle'
      people: string[]
      mode: MultiApproverMode
      ratio: number
      timeout: 'none' | 'remind' | 'auto-approve' | 'auto-reject'
      rejection: 'end' | 'return-to-applicant'
    }
  | { kind: 'timer'; hours: number }
  | { kind: 'cc'; people: string[] }
  | { kind: 'seq'; blocks: Block[] }
  | { kind: 'exclusive'; branches: Block[]; cuts: number[] }
  | { kind: 'parallel'; branches: Block[] }
  | { kind: 'inclusive'; branches: Block[]; cuts: number[] }

export const PEOPLE = ['bob', 'carol', 'dave', 'erin', 'frank']

const task: fc.Arbitrary<Block> = fc.record({
  kind: fc.constant('task' as const),
  type: fc.constantFrom('approval' as const, 'handle' as const),
  people: fc.uniqueArray(fc.constantFrom(...PEOPLE), { minLength: 1, maxLength: 3 }),
  mode: fc.constantFrom<MultiApproverMode>('sequential', 'all', 'any', 'ratio'),
  ratio: fc.constantFrom(0.5, 0.6, 1),
  timeout: fc.constantFrom('none' as const, 'none' as const, 'remind' as const, 'auto-approve' as const, 'auto-reject' as const),
  rejection: fc.constantFrom('end' as const, 'end' as const, 'return-to-applicant' as const),
})
const timer: fc.Arbitrary<Block> = fc.record({ kind: fc.constant('timer' as const), hours: fc.integer({ min: 1, max: 48 }) })
const cc: fc.Arbitrary<Block> = fc.record({ kind: fc.constant('cc' as const), people: fc.uniqueArray(fc.constantFrom(...PEOPLE), { minLength: 1, maxLength: 2 }) })

const { block } = fc.letrec<{ block: Block }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { arbitrary: task, weight: 5 },
    { arbitrary: cc, weight: 1 },
    { arbitrary: timer, weight: 1 },
    { arbitrary: fc.record({ kind: fc.constant('seq' as const), blocks: fc.array(tie('block'), { minLength: 1, maxLength: 3 }) }), weight: 2 },
    {
      arbitrary: fc.record({
        kind: fc.constant('exclusive' as const),
        branches: fc.array(tie('block'), { minLength: 2, maxLength: 3 }),
        cuts: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 3, maxLength: 3 }),
      }),
      weight: 1,
    },
    { arbitrary: fc.record({ kind: fc.constant('parallel' as const), branches: fc.array(tie('block'), { minLength: 2, maxLength: 3 }) }), weight: 1 },
    {
      arbitrary: fc.record({
        kind: fc.constant('inclusive' as const),
        branches: fc.array(tie('block'), { minLength: 2, maxLength: 3 }),
        cuts: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 3, maxLength: 3 }),
      }),
      weight: 1,
    },
  ),
}))

export const flowArbitrary = fc.array(block, { minLength: 1, maxLength: 4 }).map((blocks) => toBundle({ kind: 'seq', blocks }))
export const dataArbitrary = fc.record({ v1: fc.integer({ min: 0, max: 9 }), v2: fc.integer({ min: 0, max: 9 }), v3: fc.integer({ min: 0, max: 9 }) })

/** Build nodes and edges; each block is built "into" the node that follows it. */
export function toBundle(root: Block): MatterBundle {
  const nodes: FlowNode[] = [{ type: 'start', id: 'start', name: '申请' }, { type: 'end', id: 'end', name: '结束', outcome: 'approved' }]
  const edges: FlowEdge[] = []
  let count = 0
  const id = (p: string) => `${p}${++count}`
  const edge = (source: string, target: string, extra: Partial<FlowEdge> = {}) => edges.push({ id: `e${edges.length + 1}`, source, target, ...extra })
  const into = (b: Block, next: string): string => {
    switch (b.kind) {
      case 'task': {
        const nid = id(b.type === 'approval' ? 'a' : 'h')
        nodes.push({
          type: b.type,
          id: nid,
          name: nid,
          assignees: [{ kind: 'person', personIds: b.people }],
          multi: b.mode === 'ratio' ? { mode: 'ratio', ratio: b.ratio } : { mode: b.mode },
          ...(b.timeout === 'none' ? {} : { timeLimit: { value: 1, unit: 'workday' as const }, policies: { timeout: { action: b.timeout, maxReminders: 2, remindEvery: { value: 4, unit: 'hour' as const } } } }),
          ...(b.rejection === 'end' ? {} : { policies: { rejection: { action: b.rejection } } }),
        })
        edge(nid, next)
        return nid
      }
      case 'timer': {
        const nid = id('t')
        nodes.push({ type: 'timer', id: nid, name: nid, timer: { kind: 'duration', duration: { value: b.hours, unit: 'hour' } } })
        edge(nid, next)
        return nid
      }
      case 'cc': {
        const nid = id('cc')
        nodes.push({ type: 'cc', id: nid, name: nid, assignees: [{ kind: 'person', personIds: b.people }] })
        edge(nid, next)
        return nid
      }
      case 'seq':
        return b.blocks.reduceRight((acc, x) => into(x, acc), next)
      case 'exclusive': {
        const nid = id('x')
        nodes.push({ type: 'exclusive', id: nid, name: nid })
        b.branches.forEach((br, i) => {
          const entry = into(br, next)
          if (i === b.branches.length - 1) edge(nid, entry, { isDefault: true })
          else edge(nid, entry, { condition: `v${i + 1} > ${b.cuts[i]}`, priority: i })
        })
        return nid
      }
      case 'parallel': {
        const split = id('p')
        const join = id('pj')
        nodes.push({ type: 'parallel-split', id: split, name: split }, { type: 'parallel-join', id: join, name: join })
        edge(join, next)
        for (const br of b.branches) edge(split, into(br, join))
        return split
      }
      case 'inclusive': {
        const split = id('i')
        const join = id('ij')
        nodes.push({ type: 'inclusive-split', id: split, name: split }, { type: 'inclusive-join', id: join, name: join })
        edge(join, next)
        b.branches.forEach((br, i) => {
          const entry = into(br, join)
          if (i === b.branches.length - 1) edge(split, entry, { isDefault: true })
          else edge(split, entry, { condition: `v${i + 1} > ${b.cuts[i]}` })
        })
        return split
      }
    }
  }
  edge('start', into(root, 'end'))
  return bundle(nodes, edges, { fields: ['v1', 'v2', 'v3', 'title'] })
}
