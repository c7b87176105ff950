import type { TimeLimits, WorkingCalendar } from '@tongban/schemas'
import {
  addWorkingTime,
  deadlineAfterWorkingDays,
  thresholdInstant,
  workingMsBetween,
} from '@tongban/flow-engine'

const DAY_MS = 86_400_000

/** A 补正 interval: the clock stands still from `from` to `to` (open while `to` is absent). */
export interface Pause {
  from: string
  to?: string
}

export interface ClockInput {
  /** Submission instant: the clock starts here (受理次日起算 is applied by the calendar). */
  submittedAt: string
  /** When the case finished, if it did: the clock stops. */
  finishedAt?: string
  limits: TimeLimits
  pauses: readonly Pause[]
  /** The present (passed in: no clock reads in domain code). */
  now: string
  /** Share of the promised limit for the yellow card; default `limits.yellowAt`, else 0.8. */
  yellowShare?: number
}

export type Card = 'none' | 'yellow' | 'red'

/** The time-limit clock of a case (or a step) as monitoring shows it. */
export interface ClockState {
  promisedDeadline: string
  legalDeadline: string | null
  yellowAt: string
  /** Working days used so far (pauses excluded), fractional. */
  elapsedWorkingDays: number
  /** Working days left to the promised deadline (negative when overdue). */
  remainingWorkingDays: number
  paused: boolean
  card: Card
  legalOverdue: boolean
}

/**
 * Compute a case's deadlines and card from its facts with the calendar in force — the same
 * arithmetic as the engine (`@tongban/flow-engine` calendar): deadlines are counted from submission
 * and then moved later by the working time spent in each closed pause; an open pause freezes the
 * clock at its start. Used to recompute open cases' deadlines after a calendar edit.
 * @example computeClock(cal, { submittedAt, limits: { promisedDays: 5 }, pauses: [], now })
 */
export function computeClock(calendar: WorkingCalendar, input: ClockInput): ClockState {
  const { submittedAt, limits } = input
  const share = input.yellowShare ?? limits.yellowAt ?? 0.8
  let promised = deadlineAfterWorkingDays(calendar, submittedAt, limits.promisedDays)
  let legal = limits.legalDays ? deadlineAfterWorkingDays(calendar, submittedAt, limits.legalDays) : null
  let yellow = thresholdInstant(calendar, submittedAt, promised, share)
  const stop = input.finishedAt && ms(input.finishedAt) < ms(input.now) ? input.finishedAt : input.now
  let pausedMs = 0
  let paused = false
  for (const p of input.pauses) {
    const end = p.to ?? stop
    if (p.to === undefined) paused = true
    const length = workingMsBetween(calendar, p.from, ms(end) < ms(stop) ? end : stop)
    pausedMs += length
    // Only closed pauses move deadlines (an open one has no known length yet).
    if (p.to !== undefined && length > 0) {
      promised = addWorkingTime(calendar, promised, length)
      if (legal) legal = addWorkingTime(calendar, legal, length)
      yellow = addWorkingTime(calendar, yellow, length)
    }
  }
  const elapsedMs = Math.max(0, workingMsBetween(calendar, submittedAt, stop) - pausedMs)
  const remainingMs =
    ms(stop) <= ms(promised)
      ? workingMsBetween(calendar, stop, promised)
      : -workingMsBetween(calendar, promised, stop)
  const open = input.pauses.find((p) => p.to === undefined)
  // While paused the card is the one reached when the pause began: the clock stands still.
  const cardAt = open ? open.from : stop
  return {
    promisedDeadline: promised,
    legalDeadline: legal,
    yellowAt: yellow,
    elapsedWorkingDays: round3(elapsedMs / DAY_MS),
    remainingWorkingDays: round3(remainingMs / DAY_MS),
    paused,
    card: cardOf(cardAt, yellow, promised),
    legalOverdue: legal !== null && ms(open ? open.from : stop) > ms(legal),
  }
}

/** The card a step gets from its own limit (node `timeLimit` in working days) at `now`. */
export function stepCard(
  calendar: WorkingCalendar,
  step: { enteredAt: string; completedAt?: string; limitDays: number; yellowShare?: number },
  now: string,
): { dueAt: string; yellowAt: string; card: Card; elapsedWorkingDays: number } {
  const dueAt = deadlineAfterWorkingDays(calendar, step.enteredAt, step.limitDays)
  const yellowAt = thresholdInstant(calendar, step.enteredAt, dueAt, step.yellowShare ?? 0.8)
  const stop = step.completedAt && ms(step.completedAt) < ms(now) ? step.completedAt : now
  return {
    dueAt,
    yellowAt,
    card: cardOf(stop, yellowAt, dueAt),
    elapsedWorkingDays: round3(workingMsBetween(calendar, step.enteredAt, stop) / DAY_MS),
  }
}

// helpers

/** Red past the deadline, yellow from the threshold on, else none. */
export function cardOf(at: string, yellowAt: string, deadline: string): Card {
  return ms(at) > ms(deadline) ? 'red' : ms(at) >= ms(yellowAt) ? 'yellow' : 'none'
}

function ms(instant: string): number {
  return Date.parse(instant)
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000
}
