import { parseInstant, MINUTE_MS } from '../calendar'
import { fault } from '../core/fault'
import { RUNNING, type CommandHandler } from './command-handler'

/** 催办: the applicant or an administrator reminds everyone holding an open task; logged. */
export const urgeCommand: CommandHandler<'urge'> = {
  type: 'urge',
  statuses: RUNNING,
  actor: (c) => c.actorId,
  apply(run, cmd) {
    const state = run.state
    if (cmd.actorId !== state.applicant.id && !run.isAdmin(cmd.actorId))
      fault('urge.not-allowed', 403, '只有申请人或管理员可以催办', 'Only the applicant or an administrator may urge')
    const interval = run.ctx.settings?.urgeIntervalMinutes ?? 0
    if (interval > 0 && state.lastUrgedAt && run.nowMs - parseInstant(state.lastUrgedAt) < interval * MINUTE_MS)
      fault('urge.too-soon', 409, `${interval} 分钟内只能催办一次`, `You can urge once every ${interval} minutes`)
    const open = Object.values(state.tasks).filter((t) => t.status === 'open')
    if (open.length === 0) fault('urge.nothing-open', 409, '当前没有待办可催', 'There is no open task to urge')
    const to = [...new Set(open.map((t) => t.assigneeId))]
    state.lastUrgedAt = run.now
    run.event('case.urged', { data: { to, ...(cmd.comment ? { comment: cmd.comment } : {}) } })
    for (const t of open)
      run.notify('urged', [t.assigneeId], `办件催办：请尽快处理“${t.nodeName}”`, `Reminder: please handle "${t.nodeName}"`, {
        taskId: t.id,
        nodeId: t.nodeId,
      })
  },
}
