import type { Run } from '../core/run'
import type { TimerPurpose, TimerState } from '../types'

/** What happens when a timer of one purpose fires. One file per purpose; {@link TIMER_HANDLERS} assembles them. */
export interface TimerHandler {
  purpose: TimerPurpose
  fire(run: Run, timer: TimerState): void
}
