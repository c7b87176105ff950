import { activityNode, evaluate } from '../activity/activity'
import { durationEnd } from '../calendar/working-days'
import { formatInstant } from '../calendar/instant'
import type { Run } from '../core/run'
import type { Activity } from '../types'
import type { TimerHandler } from './timer-handler'

/**
 * A node's time limit passed: its open tasks get a red card (环节超时), then the timeout policy
 * applies: auto-approve / auto-reject every open signer, or the first reminder (more follow every
 * `remindEvery`, up to `maxReminders`).
 */
export const taskDueTimer: TimerHandler = {
  purpose: 'task-due',
  fire(run, timer) {
    const activity = timer.activityId ? run.state.activities[timer.activityId] : undefined
    if (!activity) return
    const node = activityNode(run, activity)
    const open = openTasks(run, activity)
    for (const t of open)
      run.updateTask(t.id, (x) => {
        x.card = 'red'
      })
    run.event('card.red', { nodeId: node.id, data: { scope: 'task', taskIds: open.map((t) => t.id) } })
    run.notify('card-red', open.map((t) => t.assigneeId), `待办已超时（红牌）：${node.name}`, `Task overdue (red card): ${node.name}`, {
      nodeId: node.id,
    })
    const policy = node.policies?.timeout
    if (policy?.action === 'auto-approve' || policy?.action === 'auto-reject') {
      const status = policy.action === 'auto-approve' ? 'auto-approved' : 'auto-rejected'
      for (const slot of activity.slots)
        for (const s of slot.chain) {
          if (s.status !== 'open') continue
          s.status = status
          if (s.taskId) run.closeTask(s.taskId, 'completed', status, '超时自动处理 / decided on timeout')
          s.decidedSeq = run.state.seq
        }
      activity.lastActionSeq = run.state.seq
      evaluate(run, activity)
      return
    }
    if (policy?.action === 'remind') remind(run, activity, policy.maxReminders ?? 1, policy.remindEvery)
  },
}

/** Send one reminder and schedule the next while the policy allows. */
export function remind(
  run: Run,
  activity: Activity,
  max: number,
  every: { value: number; unit: 'workday' | 'day' | 'hour' | 'minute' } | undefined,
): void {
  const node = activityNode(run, activity)
  activity.reminders++
  const open = openTasks(run, activity)
  run.notify('reminder', open.map((t) => t.assigneeId), `提醒：请尽快处理“${node.name}”`, `Reminder: please handle "${node.name}"`, {
    nodeId: node.id,
  })
  if (activity.reminders < max && every)
    run.setTimer('task-remind', formatInstant(durationEnd(run.cal, run.nowMs, every)), {
      activityId: activity.id,
      nodeId: node.id,
    })
}

export function openTasks(run: Run, activity: Activity) {
  const out = []
  for (const slot of activity.slots)
    for (const s of slot.chain) {
      const t = s.taskId ? run.state.tasks[s.taskId] : undefined
      if (t && t.status === 'open') out.push(t)
    }
  return out
}
