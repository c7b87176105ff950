import type { CaseTrace, TraceStep } from '../monitoring/monitoring-api'
import { buildTraceModel } from './trace-model'

const step = (over: Partial<TraceStep>): TraceStep => ({
  taskId: 't',
  nodeId: 'n',
  nodeName: 'N',
  kind: 'approval',
  status: 'completed',
  outcome: 'approved',
  assigneeId: 'p-a',
  assigneeName: '甲',
  orgName: '档案馆',
  startedAt: '2026-03-02T01:00:00.000Z',
  completedAt: '2026-03-03T01:00:00.000Z',
  dueAt: null,
  card: 'none',
  workingDays: 1,
  ...over,
})
const ev = (seq: number, type: string, at: string) => ({
  seq,
  type,
  at,
  actorId: null,
  nodeId: null,
  taskId: null,
})

/** c2 of the server's hand-built history: accepted over four days with a one-day 补正 pause, then handled. */
const TRACE: CaseTrace = {
  case: {
    id: 'c2',
    no: 'NO-c2',
    title: '办件 c2',
    matterId: 'm-archive',
    status: 'completed',
    card: 'none',
    submittedAt: '2026-03-05T01:00:00.000Z',
    finishedAt: '2026-03-10T01:00:00.000Z',
    promisedDeadline: null,
    legalDeadline: null,
    handlingDays: 2,
  },
  steps: [
    step({
      taskId: 't2',
      nodeId: 'handle',
      nodeName: '办理',
      orgName: '人社局',
      startedAt: '2026-03-09T01:00:00.000Z',
      completedAt: '2026-03-10T01:00:00.000Z',
    }),
    step({
      taskId: 't1',
      nodeId: 'accept',
      nodeName: '受理',
      startedAt: '2026-03-05T01:00:00.000Z',
      completedAt: '2026-03-09T01:00:00.000Z',
      workingDays: 2,
    }),
  ],
  events: [
    ev(1, 'case.submitted', '2026-03-05T01:00:00.000Z'),
    ev(2, 'node.entered', '2026-03-05T01:00:00.000Z'),
    ev(3, 'case.returned', '2026-03-06T01:00:00.000Z'),
    ev(4, 'clock.paused', '2026-03-06T01:00:00.000Z'),
    ev(5, 'clock.resumed', '2026-03-07T01:00:00.000Z'),
    ev(6, 'case.completed', '2026-03-10T01:00:00.000Z'),
  ],
}

describe('case trace model', () => {
  const now = new Date('2026-03-20T00:00:00Z')

  it('puts every step on one axis from submission to completion, in time order', () => {
    const m = buildTraceModel(TRACE, now)
    expect(m.start).toBe('2026-03-05T01:00:00.000Z')
    expect(m.end).toBe('2026-03-10T01:00:00.000Z')
    expect(m.bars.map((b) => [b.step.nodeId, b.left, b.width])).toEqual([
      ['accept', 0, 80],
      ['handle', 80, 20],
    ])
    expect(m.bars[0]?.durationMs).toBe(4 * 86_400_000)
    expect(m.departments).toEqual(['档案馆', '人社局'])
  })

  it('pairs the 补正 pause and counts the returns', () => {
    const m = buildTraceModel(TRACE, now)
    expect(m.pauses).toEqual([
      {
        from: '2026-03-06T01:00:00.000Z',
        to: '2026-03-07T01:00:00.000Z',
        durationMs: 86_400_000,
        workingDays: null,
        left: 20,
        width: 20,
      },
    ])
    expect(m.pausedMs).toBe(86_400_000)
    expect(m.pausedWorkingDays).toBeNull()
    expect(m.returns).toBe(1)
  })

  it('lists steps and case events together, leaving out node events the steps repeat', () => {
    const m = buildTraceModel(TRACE, now)
    expect(m.entries.map((e) => (e.kind === 'step' ? `step:${e.bar.step.nodeId}` : e.event.type))).toEqual([
      'case.submitted',
      'step:accept',
      'case.returned',
      'clock.paused',
      'clock.resumed',
      'step:handle',
      'case.completed',
    ])
    const returned = m.entries.find((e) => e.kind === 'event' && e.event.type === 'case.returned')
    expect(returned).toMatchObject({ tone: 'yellow' })
  })

  it('runs an open case to now: open step, open pause, red card marked', () => {
    const open: CaseTrace = {
      case: {
        ...TRACE.case,
        status: 'in-progress',
        card: 'red',
        submittedAt: '2026-03-18T00:00:00.000Z',
        finishedAt: null,
        handlingDays: null,
      },
      steps: [
        step({
          taskId: 'o',
          status: 'open',
          outcome: null,
          completedAt: null,
          workingDays: null,
          card: 'red',
          startedAt: '2026-03-18T00:00:00.000Z',
        }),
      ],
      events: [
        ev(1, 'case.submitted', '2026-03-18T00:00:00.000Z'),
        ev(2, 'clock.paused', '2026-03-19T00:00:00.000Z'),
        ev(3, 'card.red', '2026-03-19T12:00:00.000Z'),
      ],
    }
    const m = buildTraceModel(open, now)
    expect(m.end).toBe(now.toISOString())
    expect(m.bars[0]).toMatchObject({
      open: true,
      card: 'red',
      left: 0,
      width: 100,
      durationMs: 2 * 86_400_000,
    })
    expect(m.pauses[0]).toMatchObject({ to: null, durationMs: 86_400_000, left: 50, width: 50 })
    expect(m.entries.at(-1)).toMatchObject({ kind: 'event', tone: 'red' })
  })

  it("takes each pause's working days from the server (matched by instant, not by text)", () => {
    const m = buildTraceModel(
      {
        ...TRACE,
        pauses: [{ from: '2026-03-06T01:00:00Z', to: '2026-03-07T01:00:00Z', open: false, workingDays: 0.5 }],
      },
      now,
    )
    expect(m.pauses[0]?.workingDays).toBe(0.5)
    expect(m.pausedWorkingDays).toBe(0.5)
  })

  it('copes with a case without steps or events', () => {
    const m = buildTraceModel({ case: { ...TRACE.case, submittedAt: null }, steps: [], events: [] }, now)
    expect(m.entries).toEqual([])
    expect(m.bars).toEqual([])
  })
})
