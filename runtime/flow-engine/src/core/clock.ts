import { formatInstant, parseInstant } from '../calendar/instant'
import { addWorkingMs, deadlineMs, thresholdMs, workingMs } from '../calendar/working-days'
import type { Run } from './run'

/**
 * The case clock (时限): promised (承诺) and legal (法定) deadlines in working days from submission,
 * the yellow threshold, red cards, and pauses during 补正 that push every deadline back by the
 * working time paused.
 */

function yellowShare(run: Run): number {
  return run.bundle.matter.timeLimits.yellowAt ?? run.ctx.settings?.yellowAt ?? 0.8
}

/** Start counting at submission: compute deadlines and arm the card timers. */
export function startClock(run: Run): void {
  const clock = run.state.clock
  const limits = run.bundle.matter.timeLimits
  clock.startedAt = run.now
  const promised = deadlineMs(run.cal, run.nowMs, limits.promisedDays)
  clock.promisedDeadline = formatInstant(promised)
  if (limits.legalDays) clock.legalDeadline = formatInstant(deadlineMs(run.cal, run.nowMs, limits.legalDays))
  clock.yellowAt = formatInstant(thresholdMs(run.cal, run.nowMs, promised, yellowShare(run)))
  armCaseTimers(run)
}

export function armCaseTimers(run: Run): void {
  const clock = run.state.clock
  if (clock.card === 'none' && clock.yellowAt) run.setTimer('case-yellow', clock.yellowAt)
  if (clock.card !== 'red' && clock.promisedDeadline) run.setTimer('case-red', clock.promisedDeadline)
  if (!clock.legalOverdue && clock.legalDeadline) run.setTimer('case-legal-red', clock.legalDeadline)
}

export function cancelCaseTimers(run: Run): void {
  run.cancelTimersWhere((t) => t.purpose.startsWith('case-'))
}

/** 补正 begins: the clock stops. */
export function pauseClock(run: Run): void {
  const clock = run.state.clock
  if (clock.pausedSince || !clock.startedAt) return
  clock.pausedSince = run.now
  cancelCaseTimers(run)
  run.event('clock.paused', { data: { at: run.now } })
}

/** Resubmission: the deadlines move by the working time spent paused, timers are re-armed. */
export function resumeClock(run: Run): void {
  const clock = run.state.clock
  const from = clock.pausedSince
  if (!from) return
  delete clock.pausedSince
  clock.pauses.push({ from, to: run.now })
  const paused = workingMs(run.cal, parseInstant(from), run.nowMs)
  const shift = (at: string) => formatInstant(addWorkingMs(run.cal, parseInstant(at), paused))
  if (clock.promisedDeadline) clock.promisedDeadline = shift(clock.promisedDeadline)
  if (clock.legalDeadline) clock.legalDeadline = shift(clock.legalDeadline)
  if (clock.yellowAt) clock.yellowAt = shift(clock.yellowAt)
  run.event('clock.resumed', {
    data: { pausedWorkingMs: paused, promisedDeadline: clock.promisedDeadline, legalDeadline: clock.legalDeadline },
  })
  armCaseTimers(run)
}

/** Close an open pause when the case ends during 补正. */
export function stopClock(run: Run): void {
  const clock = run.state.clock
  if (clock.pausedSince) {
    clock.pauses.push({ from: clock.pausedSince, to: run.now })
    delete clock.pausedSince
  }
}
