import { addDuration, formatInstant, isInstant, parseInstant, zoneOffsetMinutes } from '../calendar'
import { evaluate } from '../core/expressions'
import { fault } from '../core/fault'
import { leave, passNode } from '../core/flow-ops'
import type { Run } from '../core/run'
import type { NodeBehavior } from './node-behavior'

/**
 * 延迟器: waits for a duration (working days count on the calendar) or until a date computed from
 * the case (a bare date means 00:00 of that day in the calendar's zone). A due time already past
 * continues at once.
 */
export const timerNode: NodeBehavior<'timer'> = {
  type: 'timer',
  enter(run, token, node) {
    const dueAt =
      node.timer.kind === 'duration'
        ? addDuration(run.ctx.calendar, run.now, node.timer.duration)
        : dateOf(run, evaluate(node.timer.expression, run.scope(), `node ${node.id}`), node.name)
    if (dueAt <= run.now) {
      passNode(run, token, node)
      leave(run, token, node)
      return
    }
    const timerId = run.setTimer('timer-node', dueAt, { nodeId: node.id, tokenId: token.id })
    token.wait = { kind: 'timer', timerId }
  },
}

function dateOf(run: Run, value: unknown, nodeName: string): string {
  if (isInstant(value)) return formatInstant(parseInstant(value, zoneOffsetMinutes(run.ctx.calendar.timeZone)))
  return fault(
    'timer.invalid-date',
    422,
    `延迟器“${nodeName}”的时间不是有效日期：${String(value)}`,
    `Timer "${nodeName}" did not get a valid date: ${String(value)}`,
  )
}
