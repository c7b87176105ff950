import type { TimerHandler } from './timer-handler'

/** A service or sub-flow node passed its time limit: red card for the node, administrators told. */
export const nodeOverdueTimer: TimerHandler = {
  purpose: 'node-overdue',
  fire(run, timer) {
    const token = timer.tokenId ? run.tokenById(timer.tokenId) : undefined
    if (token?.wait && 'timerId' in token.wait) delete token.wait.timerId
    const admins = [...(run.ctx.settings?.adminIds ?? []), ...run.directory.adminIds()]
    run.event('card.red', { ...(timer.nodeId ? { nodeId: timer.nodeId } : {}), data: { scope: 'node' } })
    run.notify('service-overdue', admins, '外部服务或子流程超时未答复', 'A service or sub-flow is overdue', {
      ...(timer.nodeId ? { nodeId: timer.nodeId } : {}),
    })
  },
}
