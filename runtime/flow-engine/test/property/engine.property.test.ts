import fc from 'fast-check'
import { FINISHED_CASE_STATUSES } from '@tongban/schemas'
import { applyCommand, listReturnTargets, migrateCase, replay, type Command } from '../../src'
import { calendar2026 } from '../fixtures/calendar'
import { CaseHarness } from '../fixtures/harness'
import { violations } from '../fixtures/invariants'
import { PEOPLE, dataArbitrary, flowArbitrary } from './flow-arbitrary'

const RUNS = Number(process.env.PROPERTY_RUNS ?? 120)

/** Approve the first open task, or fire the next timer node when nothing is open; repeat. */
function approveAll(h: CaseHarness, budget = 300): void {
  for (let i = 0; i < budget && (h.status === 'in-progress' || h.status === 'returned'); i++) {
    if (h.status === 'returned') {
      h.do({ type: 'resubmit', actorId: 'alice' })
      continue
    }
    const task = h.openTasks()[0]
    if (task) {
      h.do({ type: 'approve', actorId: task.assigneeId, taskId: task.id })
      continue
    }
    if (h.timers('timer-node').length > 0) {
      h.fire('timer-node')
      continue
    }
    throw new Error(`stuck: in progress without open tasks at ${h.nodes().join(',')}`)
  }
}

/** A command picked from what the current state offers, plus some deliberately illegal ones. */
function pick(h: CaseHarness, choice: number, person: number, flag: boolean): Command {
  const open = h.openTasks()
  const s = h.state
  if (s.status === 'returned') return choice % 5 === 0 ? { type: 'comment', actorId: 'alice', comment: 'c' } : { type: 'resubmit', actorId: 'alice' }
  const task = open[choice % Math.max(1, open.length)]
  const other = PEOPLE[person % PEOPLE.length]!
  if (!task) return { type: 'urge', actorId: 'alice' }
  const by = task.assigneeId
  switch (choice % 14) {
    case 0:
    case 1:
    case 2:
      return { type: 'approve', actorId: by, taskId: task.id }
    case 3:
      return { type: 'reject', actorId: by, taskId: task.id }
    case 4: {
      const targets = listReturnTargets(h.bundle, s, task.id)
      const t = targets[person % Math.max(1, targets.length)]
      return { type: 'return', actorId: by, taskId: task.id, target: t && t.nodeId !== 'start' && !flag ? { nodeId: t.nodeId } : 'applicant' }
    }
    case 5:
      return { type: 'transfer', actorId: by, taskId: task.id, to: other }
    case 6:
      return task.ownerId ? { type: 'resolve', actorId: by, taskId: task.id } : { type: 'delegate', actorId: by, taskId: task.id, to: other }
    case 7:
      return { type: 'add-signer', actorId: by, taskId: task.id, personIds: [other], position: flag ? 'before' : 'after' }
    case 8: {
      // withdraw the most recent completed approval of someone, if any
      const done = [...h.events].reverse().find((e) => e.type === 'task.completed' && e.data?.outcome === 'approved')
      const actor = done ? h.effects.map((x) => (x.kind === 'task.upsert' && x.task.id === done.taskId ? x.task.assigneeId : null)).find(Boolean) : null
      return done && actor ? { type: 'withdraw', actorId: actor, taskId: done.taskId! } : { type: 'withdraw', actorId: 'alice' }
    }
    case 9:
      return { type: 'approve', actorId: other, taskId: task.id } // often illegal: not the assignee
    case 10:
      return { type: 'remove-signer', actorId: by, taskId: task.id, personId: other }
    case 11:
      return flag ? { type: 'cancel', actorId: 'bob' } : { type: 'comment', actorId: by, comment: '意见' }
    case 12: {
      // the earliest armed timer (deadlines, reminders, cards, timer nodes)
      const timer = Object.values(s.timers).sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0]
      if (timer && !flag) return { type: 'timer-fired', timerId: timer.id }
      return { type: 'approve', actorId: by, taskId: 'c1-t999' } // illegal: unknown task
    }
    default:
      return { type: 'approve', actorId: by, taskId: 'c1-t999' }
  }
}

describe('property: random structured flows × random legal and illegal actions', () => {
  it('keeps every invariant, rejects illegal commands without change, survives JSON and replays exactly', () => {
    fc.assert(
      fc.property(
        flowArbitrary,
        dataArbitrary,
        fc.array(fc.tuple(fc.nat(1000), fc.nat(1000), fc.boolean()), { maxLength: 30 }),
        (flow, data, moves) => {
          const h = new CaseHarness(flow).start({ data })
          expect(violations(h.state)).toEqual([])
          for (const [choice, person, flag] of moves) {
            if (FINISHED_CASE_STATUSES.includes(h.status)) break
            const before = h.state
            const frozen = JSON.stringify(before)
            const command = pick(h, choice, person, flag)
            if (command.type === 'timer-fired') h.at(before.timers[command.timerId]!.dueAt > h.now ? before.timers[command.timerId]!.dueAt : h.now)
            const r = applyCommand(h.bundle, before, command, h.ctx())
            expect(JSON.stringify(before)).toBe(frozen) // the input is never mutated
            if (!r.ok) {
              expect([403, 404, 409, 422]).toContain(r.error.status)
              expect(r.error.message.length).toBeGreaterThan(0)
              continue
            }
            h.accept(r)
            expect(h.state.version).toBe(before.version + 1)
            expect(r.events[0]?.seq).toBe(before.seq + 1)
            const v = violations(h.state)
            if (v.length) throw new Error(`${command.type}: ${v.join('; ')}`)
            expect(JSON.parse(JSON.stringify(h.state))).toEqual(h.state)
            h.advance(3_600_000)
          }
          expect(h.replayed()).toEqual(h.state)
        },
      ),
      { numRuns: RUNS },
    )
  })

  it('when every actor keeps approving, every case ends, and every join fires exactly once per fork', () => {
    fc.assert(
      fc.property(flowArbitrary, dataArbitrary, (flow, data) => {
        const h = new CaseHarness(flow).start({ data })
        approveAll(h)
        expect(['approved', 'completed']).toContain(h.status)
        const forks = h.events.filter((e) => e.type === 'node.completed' && Array.isArray(e.data?.branches)).map((e) => e.data!.fork)
        const fired = h.events.filter((e) => e.type === 'node.completed' && e.data?.fork && !e.data?.branches).map((e) => e.data!.fork)
        expect([...fired].sort()).toEqual([...forks].sort())
        expect(violations(h.state)).toEqual([])
        expect(h.replayed()).toEqual(h.state)
      }),
      { numRuns: RUNS },
    )
  })

  it('a return out of any branch leaves no orphan task and the case can still finish by approving', () => {
    fc.assert(
      fc.property(flowArbitrary, dataArbitrary, fc.nat(50), fc.nat(50), (flow, data, steps, which) => {
        const h = new CaseHarness(flow).start({ data })
        for (let i = 0; i < steps % 6 && h.status === 'in-progress'; i++) {
          const t = h.openTasks()[0]
          if (t) h.do({ type: 'approve', actorId: t.assigneeId, taskId: t.id })
          else if (h.timers('timer-node').length > 0) h.fire('timer-node')
        }
        if (h.status !== 'in-progress') return
        const tasks = h.openTasks()
        if (tasks.length === 0) return
        const task = tasks[which % tasks.length]!
        const targets = listReturnTargets(h.bundle, h.state, task.id).filter((t) => t.nodeId !== 'start')
        if (targets.length === 0) return
        h.do({ type: 'return', actorId: task.assigneeId, taskId: task.id, target: { nodeId: targets[which % targets.length]!.nodeId } })
        expect(violations(h.state)).toEqual([])
        approveAll(h)
        expect(['approved', 'completed']).toContain(h.status)
        expect(h.replayed()).toEqual(h.state)
      }),
      { numRuns: RUNS },
    )
  })
})

describe('property: migration', () => {
  it('migrating a running case to an identical new version keeps every task, keeps the invariants and replays', () => {
    fc.assert(
      fc.property(flowArbitrary, dataArbitrary, fc.nat(8), (flow, data, steps) => {
        const h = new CaseHarness(flow).start({ data })
        for (let i = 0; i < steps && h.status === 'in-progress'; i++) {
          const t = h.openTasks()[0]
          if (t) h.approve(t.assigneeId)
          else if (h.timers('timer-node').length > 0) h.fire('timer-node')
        }
        if (h.status !== 'in-progress') return
        const next = { ...flow, version: 2, matter: { ...flow.matter, version: 2 }, flow: JSON.parse(JSON.stringify(flow.flow)) }
        const dry = migrateCase(h.state, flow, next, {}, h.ctx(), { dryRun: true })
        expect(dry.ok && dry.state).toBe(h.state)
        const r = migrateCase(h.state, flow, next, {}, h.ctx(), { dryRun: false })
        if (!r.ok) throw new Error(r.error.messageEn)
        expect(r.report.moves.every((m) => m.kept)).toBe(true)
        expect(Object.keys(r.state.tasks).sort()).toEqual(Object.keys(h.state.tasks).sort())
        expect(violations(r.state)).toEqual([])
        const re = replay(flow, [...h.events, ...r.events], { calendar: calendar2026, bundles: [next] })
        expect(re.ok && re.state).toEqual(r.state)
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    )
  })
})
