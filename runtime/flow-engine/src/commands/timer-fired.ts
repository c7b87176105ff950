import { parseInstant } from '../calendar/instant'
import { fault } from '../core/fault'
import { omit } from '../core/omit'
import { TIMER_HANDLERS } from '../timers/registry'
import { RUNNING_OR_RETURNED, type CommandHandler } from './command-handler'

/**
 * The host reports a due timer. A timer no longer armed (cancelled, already fired) is refused with
 * 409 `timer.not-active`: the host drops the job. One reported more than a minute early is refused with
 * 409 `timer.not-due` (the host retries later).
 */
const SKEW_MS = 60_000

export const timerFiredCommand: CommandHandler<'timer-fired'> = {
  type: 'timer-fired',
  statuses: RUNNING_OR_RETURNED,
  actor: () => null,
  apply(run, cmd) {
    const timer = run.state.timers[cmd.timerId]
    if (!timer) fault('timer.not-active', 409, '定时器已取消或已触发', 'The timer is no longer active')
    // Hosts run several instances whose clocks differ by a little: a minute early is accepted.
    if (parseInstant(timer.dueAt) - run.nowMs > SKEW_MS)
      fault('timer.not-due', 409, `定时器未到期（${timer.dueAt}）`, `The timer is not due before ${timer.dueAt}`)
    run.state.timers = omit(run.state.timers, timer.id)
    run.event('timer.fired', { ...(timer.nodeId ? { nodeId: timer.nodeId } : {}), data: { timerId: timer.id, purpose: timer.purpose } })
    TIMER_HANDLERS[timer.purpose].fire(run, timer)
  },
}
