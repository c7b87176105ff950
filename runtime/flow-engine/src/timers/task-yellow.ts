import { activityNode } from '../activity/activity'
import type { TimerHandler } from './timer-handler'
import { openTasks } from './task-due'

/** A node's yellow threshold passed: its open tasks get a yellow card (环节预警). */
export const taskYellowTimer: TimerHandler = {
  purpose: 'task-yellow',
  fire(run, timer) {
    const activity = timer.activityId ? run.state.activities[timer.activityId] : undefined
    if (!activity) return
    const node = activityNode(run, activity)
    const open = openTasks(run, activity).filter((t) => t.card === 'none')
    for (const t of open)
      run.updateTask(t.id, (x) => {
        x.card = 'yellow'
      })
    run.event('card.yellow', { nodeId: node.id, data: { scope: 'task', taskIds: open.map((t) => t.id) } })
    run.notify('card-yellow', open.map((t) => t.assigneeId), `待办即将超时（黄牌）：${node.name}`, `Task nearly due (yellow card): ${node.name}`, {
      nodeId: node.id,
    })
  },
}
