import type { FlowNode, TaskRecord } from '@tongban/schemas'
import type { Run } from './run'

/**
 * 抄送: an open, read-only cc task for each person at `node` (the host's 抄送我的 box), the
 * `cc.sent` event and the notification. cc tasks are effects only, never flow state: the flow
 * does not wait for them, and the host marks them read (已阅) on its own.
 */
export function copyTo(
  run: Run,
  node: Pick<FlowNode, 'id' | 'name'>,
  people: readonly string[],
  extra: { comment?: string; by?: string } = {},
): void {
  for (const personId of people) {
    const task: TaskRecord = {
      id: run.id('task'),
      caseId: run.caseId,
      nodeId: node.id,
      nodeName: node.name,
      kind: 'cc',
      assigneeId: personId,
      status: 'open',
      createdAt: run.now,
      card: 'none',
    }
    if (extra.comment) task.comment = extra.comment
    run.effect({ kind: 'task.upsert', task })
  }
  run.event('cc.sent', { nodeId: node.id, data: { personIds: [...people], ...(extra.by ? { by: extra.by } : {}) } })
  run.notify('cc', [...people], `抄送：${node.name}`, `Copied: ${node.name}`, { nodeId: node.id })
}
