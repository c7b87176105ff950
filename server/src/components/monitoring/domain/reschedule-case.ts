import { addDuration, thresholdInstant, type CaseState, type TimerState } from '@tongban/flow-engine'
import type { Duration, FlowNode, TaskRecord, TimeLimits, WorkingCalendar } from '@tongban/schemas'
import { computeClock, type Pause } from './case-clock'

/** One armed timer whose due instant moved. */
export interface TimerChange {
  timerId: string
  purpose: TimerState['purpose']
  nodeId?: string
  taskId?: string
  before: string
  after: string
}

export interface RescheduleInput {
  /** The stored engine state (not modified). */
  state: CaseState
  limits: TimeLimits
  nodes: readonly FlowNode[]
  calendar: WorkingCalendar
  now: string
  /** When a timer was first armed (its `timer.set` event): the start of duration timers. */
  timerSetAt: (timerId: string) => string | undefined
  /** Card share when the matter gives none (engine setting); default 0.8. */
  yellowShare?: number
}

export interface RescheduleResult {
  /** The state with the new clock, timers, activity and task deadlines. */
  state: CaseState
  clockChanged: boolean
  timers: TimerChange[]
  /** Live tasks whose `dueAt` moved (their new records). */
  tasks: TaskRecord[]
}

/**
 * After a calendar edit, recompute one case's deadlines the way the engine computed them, from
 * the stored starts and the matter version's limits: the case clock (submission + promised/legal
 * working days, shifted by closed 补正 pauses), each human node visit's due instant (entry + node
 * time limit) and its yellow threshold, reminders, timer nodes and service/sub-flow limits (the
 * instant the timer was armed + its duration). A timer node waiting for a computed date keeps it.
 * Pure: the caller saves the state and reschedules the jobs of `timers`.
 */
export function rescheduleCase(input: RescheduleInput): RescheduleResult {
  const state = structuredClone(input.state)
  const { calendar } = input
  const clock = state.clock
  let clockChanged = false
  if (clock?.startedAt) {
    const pauses: Pause[] = [...(clock.pauses ?? [])]
    if (clock.pausedSince) pauses.push({ from: clock.pausedSince })
    const c = computeClock(calendar, {
      submittedAt: clock.startedAt,
      limits: input.limits,
      pauses,
      now: input.now,
      ...(input.yellowShare !== undefined && input.limits.yellowAt === undefined
        ? { yellowShare: input.yellowShare }
        : {}),
    })
    const legal = c.legalDeadline ?? undefined
    clockChanged =
      clock.promisedDeadline !== c.promisedDeadline || clock.legalDeadline !== legal || clock.yellowAt !== c.yellowAt
    clock.promisedDeadline = c.promisedDeadline
    clock.yellowAt = c.yellowAt
    if (legal) clock.legalDeadline = legal
    else delete clock.legalDeadline
  }
  const nodeOf = (id: string | undefined) => (id ? input.nodes.find((n) => n.id === id) : undefined)
  const share = input.limits.yellowAt ?? input.yellowShare ?? 0.8
  const timers = Object.values(state.timers ?? {})
  // Human node visits first: their yellow threshold depends on their due instant.
  const movedActivities = new Set<string>()
  for (const timer of timers) {
    if (timer.purpose !== 'task-due' || !timer.activityId) continue
    const activity = state.activities?.[timer.activityId]
    const limit = timeLimitOf(nodeOf(activity?.nodeId))
    if (!activity || !limit) continue
    const due = addDuration(calendar, activity.enteredAt, limit)
    if (due !== activity.dueAt) movedActivities.add(activity.id)
    activity.dueAt = due
  }
  const changes: TimerChange[] = []
  for (const timer of timers) {
    const after = newDueOf(timer)
    if (!after || after === timer.dueAt) continue
    changes.push({
      timerId: timer.id,
      purpose: timer.purpose,
      ...(timer.nodeId ? { nodeId: timer.nodeId } : {}),
      ...(timer.taskId ? { taskId: timer.taskId } : {}),
      before: timer.dueAt,
      after,
    })
    timer.dueAt = after
  }
  const tasks: TaskRecord[] = []
  for (const id of movedActivities) {
    const activity = state.activities[id]
    if (!activity?.dueAt) continue
    for (const slot of activity.slots)
      for (const signer of slot.chain) {
        const task = signer.taskId ? state.tasks?.[signer.taskId] : undefined
        if (!task || task.dueAt === activity.dueAt) continue
        task.dueAt = activity.dueAt
        tasks.push(task)
      }
  }
  return { state, clockChanged, timers: changes, tasks }

  function newDueOf(timer: TimerState): string | undefined {
    switch (timer.purpose) {
      case 'case-yellow':
        return clock?.yellowAt
      case 'case-red':
        return clock?.promisedDeadline
      case 'case-legal-red':
        return clock?.legalDeadline
      case 'task-due':
        return timer.activityId ? state.activities?.[timer.activityId]?.dueAt : undefined
      case 'task-yellow': {
        const activity = timer.activityId ? state.activities?.[timer.activityId] : undefined
        return activity?.dueAt ? thresholdInstant(calendar, activity.enteredAt, activity.dueAt, share) : undefined
      }
      case 'task-remind': {
        const every = timeoutOf(nodeOf(timer.nodeId))?.remindEvery
        return fromStart(timer, every)
      }
      case 'timer-node': {
        const node = nodeOf(timer.nodeId)
        return node?.type === 'timer' && node.timer.kind === 'duration'
          ? fromStart(timer, node.timer.duration)
          : undefined
      }
      case 'node-overdue':
        return fromStart(timer, timeLimitOf(nodeOf(timer.nodeId)))
    }
  }

  function fromStart(timer: TimerState, duration: Duration | undefined): string | undefined {
    const start = input.timerSetAt(timer.id)
    return start && duration ? addDuration(calendar, start, duration) : undefined
  }
}

// helpers

function timeLimitOf(node: FlowNode | undefined): Duration | undefined {
  return node && 'timeLimit' in node ? node.timeLimit : undefined
}

function timeoutOf(node: FlowNode | undefined) {
  return node && 'policies' in node ? node.policies?.timeout : undefined
}
