import { evaluate } from '../activity/activity'
import { fault } from '../core/fault'
import type { Signer } from '../types'
import { RUNNING, type CommandHandler } from './command-handler'
import { requireActive, takeTask } from './task-access'

/**
 * 加签. `before`: the new people decide first, in order; the actor's task waits, then reopens.
 * `after`: the actor approves now; the new people decide after them. Either way the actor's slot is
 * decided by its whole chain (one rejection rejects it), so every multi-approver mode keeps working.
 */
export const addSignerCommand: CommandHandler<'add-signer'> = {
  type: 'add-signer',
  statuses: RUNNING,
  actor: (c) => c.actorId,
  apply(run, cmd) {
    const { task, activity, signer, slot, node } = takeTask(run, cmd, 'add-signer')
    const people = [...new Set(cmd.personIds)]
    if (people.length === 0) fault('signer.none', 422, '请选择加签人员', 'Choose at least one person')
    const chain = activity.slots[slot]!.chain
    for (const p of people) {
      requireActive(run, p)
      if (p === cmd.actorId) fault('signer.self', 422, '不能给自己加签', 'Cannot add yourself')
      if (chain.some((s) => s.personId === p && (s.status === 'pending' || s.status === 'open')))
        fault('signer.duplicate', 422, `${p} 已在本环节待处理`, `${p} is already waiting on this node`)
    }
    const added: Signer[] = people.map((personId) => ({ personId, status: 'pending', addedBy: cmd.actorId }))
    const at = chain.indexOf(signer)
    if (cmd.position === 'before') {
      chain.splice(at, 0, ...added)
      signer.status = 'pending'
      run.updateTask(task.id, (t) => {
        t.status = 'waiting'
      })
    } else {
      chain.splice(at + 1, 0, ...added)
      signer.status = 'approved'
      run.closeTask(task.id, 'completed', 'approved', cmd.comment)
    }
    run.event('signer.added', { nodeId: node.id, taskId: task.id, data: { personIds: people, position: cmd.position } })
    if (cmd.position === 'after') signer.decidedSeq = run.state.seq
    activity.lastActionSeq = run.state.seq
    evaluate(run, activity)
  },
}
