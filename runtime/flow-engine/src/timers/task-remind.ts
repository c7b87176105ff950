import { activityNode } from '../activity/activity'
import type { TimerHandler } from './timer-handler'
import { remind } from './task-due'

/** Repeated reminder of the `remind` timeout policy. */
export const taskRemindTimer: TimerHandler = {
  purpose: 'task-remind',
  fire(run, timer) {
    const activity = timer.activityId ? run.state.activities[timer.activityId] : undefined
    if (!activity) return
    const policy = activityNode(run, activity).policies?.timeout
    remind(run, activity, policy?.maxReminders ?? 1, policy?.remindEvery)
  },
}
