import { nodeOf } from '../core/compile-flow'
import { leave, passNode } from '../core/flow-ops'
import type { TimerHandler } from './timer-handler'

/** A timer node is due: its branch moves on. */
export const timerNodeTimer: TimerHandler = {
  purpose: 'timer-node',
  fire(run, timer) {
    const token = timer.tokenId ? run.tokenById(timer.tokenId) : undefined
    if (!token) return
    delete token.wait
    const node = nodeOf(run.flow, token.nodeId)
    passNode(run, token, node)
    leave(run, token, node)
  },
}
