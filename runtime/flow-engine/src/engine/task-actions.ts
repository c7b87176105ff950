import type { ActionName, HumanTaskNode, MatterBundle } from '@tongban/schemas'
import { ACTION_NAMES } from '@tongban/schemas'
import { compileFlow } from '../core/compile-flow'
import type { CaseState } from '../types'

/** What the holder of a task may do now, for the workbench's buttons. */
export interface TaskActions {
  taskId: string
  /** Commands the holder may send now (`resolve` for a delegated task; `resubmit` for a correction). */
  actions: Array<ActionName | 'resolve' | 'resubmit' | 'update-data'>
  /** Actions that need a comment at this node. */
  commentRequired: ActionName[]
}

/**
 * The actions the holder of a live task may take now: the node's allowed actions, narrowed by the
 * task's situation (queued behind 前加签: only 减签 and comments; delegated: only resolve and comments;
 * correction: resubmit). Null when the task is not live. The engine still checks every command.
 *
 * @example taskActions(bundle, state, 'c1-t3')?.actions // ['approve', 'reject', 'return', …]
 */
export function taskActions(bundle: MatterBundle, state: CaseState, taskId: string): TaskActions | null {
  const task = state.tasks[taskId]
  if (!task) return null
  if (task.kind === 'correction') return { taskId, actions: ['resubmit', 'update-data', 'comment'], commentRequired: [] }
  const node = compileFlow(bundle).nodes.get(task.nodeId) as HumanTaskNode | undefined
  const allowed = node?.actions ?? ACTION_NAMES
  const commentRequired = node?.commentRequired ?? []
  if (task.ownerId) return { taskId, actions: ['resolve', 'comment'], commentRequired }
  if (task.status === 'waiting')
    return { taskId, actions: allowed.filter((a) => a === 'remove-signer' || a === 'comment' || a === 'cc'), commentRequired }
  const actions: TaskActions['actions'] = allowed.filter((a) => a !== 'withdraw' && a !== 'urge')
  if (state.status === 'in-progress') actions.push('update-data')
  return { taskId, actions, commentRequired }
}
