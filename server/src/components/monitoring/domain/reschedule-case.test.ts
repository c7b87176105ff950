import type { CaseState } from '@tongban/flow-engine'
import type { FlowNode, WorkingCalendar } from '@tongban/schemas'
import { rescheduleCase } from './reschedule-case'

const WEEKENDS: WorkingCalendar = {
  id: 'cn-test',
  name: '测试',
  weekend: [0, 6],
  timeZone: 'Asia/Shanghai',
  years: {},
}
// National Day week: Thu 1 – Wed 7 Oct 2026 off, Saturday 10 Oct a make-up working day (调休上班).
const NATIONAL_DAY: WorkingCalendar = {
  ...WEEKENDS,
  years: {
    '2026': {
      holidays: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'],
      workdays: ['2026-10-10'],
    },
  },
}
// Submitted Wed 30 Sep 2026 10:00 (+08).
const SUBMITTED = '2026-09-30T02:00:00.000Z'
const NODES: FlowNode[] = [
  { id: 'start', type: 'start', name: '申请' },
  {
    id: 'review',
    type: 'approval',
    name: '审核',
    assignees: [{ kind: 'person', personIds: ['p1'] }],
    timeLimit: { value: 2, unit: 'workday' },
    policies: { timeout: { action: 'remind', maxReminders: 3, remindEvery: { value: 1, unit: 'workday' } } },
  } as FlowNode,
  { id: 'wait', type: 'timer', name: '等待', timer: { kind: 'duration', duration: { value: 1, unit: 'workday' } } },
  { id: 'end', type: 'end', name: '办结', outcome: 'approved' },
]

/** The state as the engine left it under the weekends-only calendar (values hand-computed). */
function stateBefore(): CaseState {
  return {
    caseId: 'c1',
    seq: 9,
    version: 3,
    status: 'in-progress',
    clock: {
      startedAt: SUBMITTED,
      pauses: [],
      // 5 working days: Thu 1, Fri 2, Mon 5, Tue 6, Wed 7 → Wed 7 Oct 24:00 (+08).
      promisedDeadline: '2026-10-07T16:00:00.000Z',
      // 10 working days → Wed 14 Oct 24:00.
      legalDeadline: '2026-10-14T16:00:00.000Z',
      // 80 % of 134 working hours (14 h on Wed 30 + 5 × 24 h) = 107.2 h: 14 h, Thu 1, Fri 2, Mon 5,
      // then 21.2 h of Tue 6 → Tue 6 Oct 21:12 (+08).
      yellowAt: '2026-10-06T13:12:00.000Z',
      card: 'none',
      legalOverdue: false,
    },
    activities: {
      a1: {
        id: 'a1',
        nodeId: 'review',
        tokenId: 'k1',
        mode: 'any',
        anyRejectionEnds: true,
        slots: [{ chain: [{ personId: 'p1', status: 'open', taskId: 't1' }] }],
        enteredAt: SUBMITTED,
        // 2 working days: Thu 1, Fri 2 → Fri 2 Oct 24:00.
        dueAt: '2026-10-02T16:00:00.000Z',
        reminders: 0,
      },
    },
    tasks: {
      t1: { id: 't1', status: 'open', dueAt: '2026-10-02T16:00:00.000Z' },
    },
    timers: {
      y: { id: 'y', purpose: 'case-yellow', dueAt: '2026-10-06T13:12:00.000Z' },
      r: { id: 'r', purpose: 'case-red', dueAt: '2026-10-07T16:00:00.000Z' },
      l: { id: 'l', purpose: 'case-legal-red', dueAt: '2026-10-14T16:00:00.000Z' },
      d: { id: 'd', purpose: 'task-due', dueAt: '2026-10-02T16:00:00.000Z', activityId: 'a1', nodeId: 'review' },
      // 80 % of 62 h (14 h + 48 h) = 49.6 h → Fri 2 Oct 11:36 (+08).
      ty: { id: 'ty', purpose: 'task-yellow', dueAt: '2026-10-02T03:36:00.000Z', activityId: 'a1', nodeId: 'review' },
      // Armed at submission, one working day → Thu 1 Oct 24:00.
      w: { id: 'w', purpose: 'timer-node', dueAt: '2026-10-01T16:00:00.000Z', nodeId: 'wait' },
    },
  } as unknown as CaseState
}

const run = (calendar: WorkingCalendar, state = stateBefore(), now = '2026-09-30T06:00:00.000Z') =>
  rescheduleCase({
    state,
    limits: { promisedDays: 5, legalDays: 10 },
    nodes: NODES,
    calendar,
    now,
    timerSetAt: () => SUBMITTED,
  })

describe('rescheduleCase', () => {
  it('When the calendar is unchanged, then nothing moves', () => {
    const r = run(WEEKENDS)
    expect(r.clockChanged).toBe(false)
    expect(r.timers).toEqual([])
    expect(r.tasks).toEqual([])
  })

  it('When the National Day week becomes holidays with a make-up Saturday, then every deadline moves to the hand-computed instant', () => {
    const before = stateBefore()
    const r = run(NATIONAL_DAY, before)
    expect(r.clockChanged).toBe(true)
    // Working days after Wed 30 Sep: Thu 8, Fri 9, Sat 10 (班), Mon 12, Tue 13 → Tue 13 Oct 24:00.
    expect(r.state.clock.promisedDeadline).toBe('2026-10-13T16:00:00.000Z')
    // … Wed 14, Thu 15, Fri 16, Mon 19, Tue 20 → Tue 20 Oct 24:00.
    expect(r.state.clock.legalDeadline).toBe('2026-10-20T16:00:00.000Z')
    // 107.2 h: 14 h on Wed 30, 24 h each on Thu 8, Fri 9, Sat 10, then 21.2 h of Mon 12 → 21:12 (+08).
    expect(r.state.clock.yellowAt).toBe('2026-10-12T13:12:00.000Z')
    expect(Object.fromEntries(r.timers.map((t) => [t.timerId, t.after]))).toEqual({
      y: '2026-10-12T13:12:00.000Z',
      r: '2026-10-13T16:00:00.000Z',
      l: '2026-10-20T16:00:00.000Z',
      // Node limit 2 working days: Thu 8, Fri 9 → Fri 9 Oct 24:00; yellow 49.6 h → Fri 9 Oct 11:36.
      d: '2026-10-09T16:00:00.000Z',
      ty: '2026-10-09T03:36:00.000Z',
      // The timer node's working day is Thu 8 Oct.
      w: '2026-10-08T16:00:00.000Z',
    })
    expect(r.timers.find((t) => t.timerId === 'd')).toMatchObject({ before: '2026-10-02T16:00:00.000Z', nodeId: 'review' })
    expect(r.state.activities.a1?.dueAt).toBe('2026-10-09T16:00:00.000Z')
    expect(r.tasks).toEqual([{ id: 't1', status: 'open', dueAt: '2026-10-09T16:00:00.000Z' }])
    // The input is not modified.
    expect(before.clock.promisedDeadline).toBe('2026-10-07T16:00:00.000Z')
  })

  it('When the case is paused for 补正, then the clock keeps its frozen deadlines until resumed; a closed pause shifts them', () => {
    const paused = stateBefore()
    paused.clock.pausedSince = '2026-09-30T06:00:00.000Z'
    paused.timers = {}
    const r = run(NATIONAL_DAY, paused)
    expect(r.state.clock.promisedDeadline).toBe('2026-10-13T16:00:00.000Z')
    const resumed = stateBefore()
    // Paused Wed 30 Sep 14:00 → Thu 8 Oct 14:00 (+08): 10 h of Wed 30 + 14 h of Thu 8 = one working day.
    resumed.clock.pauses = [{ from: '2026-09-30T06:00:00.000Z', to: '2026-10-08T06:00:00.000Z' }]
    const shifted = run(NATIONAL_DAY, resumed, '2026-10-08T07:00:00.000Z')
    expect(shifted.state.clock.promisedDeadline).toBe('2026-10-14T16:00:00.000Z')
  })
})
