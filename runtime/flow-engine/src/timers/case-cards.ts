import type { Run } from '../core/run'
import type { TimerHandler } from './timer-handler'

function tell(run: Run, reason: 'card-yellow' | 'card-red', zh: string, en: string): void {
  const holders = Object.values(run.state.tasks).filter((t) => t.status === 'open').map((t) => t.assigneeId)
  run.notify(reason, [run.state.applicant.id, ...holders], zh, en)
}

/** Case yellow card: the share `yellowAt` of the promised limit is used (即将超期). */
export const caseYellowTimer: TimerHandler = {
  purpose: 'case-yellow',
  fire(run) {
    const clock = run.state.clock
    if (clock.card !== 'none') return
    clock.card = 'yellow'
    run.event('card.yellow', { data: { scope: 'case', deadline: clock.promisedDeadline } })
    tell(run, 'card-yellow', '办件即将超过承诺时限（黄牌）', 'The case is close to its promised limit (yellow card)')
  },
}

/** Case red card: the promised limit (承诺时限) passed. */
export const caseRedTimer: TimerHandler = {
  purpose: 'case-red',
  fire(run) {
    const clock = run.state.clock
    clock.card = 'red'
    run.event('card.red', { data: { scope: 'case', limit: 'promised', deadline: clock.promisedDeadline } })
    tell(run, 'card-red', '办件已超过承诺时限（红牌）', 'The case passed its promised limit (red card)')
  },
}

/** The legal limit (法定时限) passed: recorded and told, the card stays red. */
export const caseLegalRedTimer: TimerHandler = {
  purpose: 'case-legal-red',
  fire(run) {
    const clock = run.state.clock
    clock.card = 'red'
    clock.legalOverdue = true
    run.event('card.red', { data: { scope: 'case', limit: 'legal', deadline: clock.legalDeadline } })
    tell(run, 'card-red', '办件已超过法定时限', 'The case passed its legal limit')
  },
}
