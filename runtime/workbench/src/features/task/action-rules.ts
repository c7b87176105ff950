import type { CaseEvent, FlowDocument, TaskRecord } from '@tongban/schemas'
import type { TaskAction } from '../../api/types'

type FlowNode = FlowDocument['nodes'][number]

/** Order of the buttons; the first is the primary one. */
const OPEN_TASK_ACTIONS: TaskAction[] = [
  'approve',
  'reject',
  'return',
  'transfer',
  'delegate',
  'add-signer',
  'cc',
  'comment',
]

/** What the node lets this person do on this task (the server checks again). */
export function availableActions(
  node: FlowNode | undefined,
  task: TaskRecord | undefined,
  personId: string | null,
): TaskAction[] {
  if (!node || !task || task.assigneeId !== personId) return []
  const allowed = new Set<string>(
    ((node as { actions?: string[] }).actions ?? defaultActions(node.type)) as string[],
  )
  if (task.kind === 'cc') return []
  // Delegated to me (委派): I hand it back with my view (or comment); the owner decides.
  if (task.ownerId && (task.status === 'open' || task.status === 'waiting')) return ['resolve', 'comment']
  if (task.status === 'open') return OPEN_TASK_ACTIONS.filter((a) => allowed.has(a))
  // Queued behind people added before me (前加签): only copying others in and comments.
  if (task.status === 'waiting') return (['cc', 'comment'] as TaskAction[]).filter((a) => allowed.has(a))
  if (task.status === 'completed' && task.outcome === 'approved' && allowed.has('withdraw'))
    return ['withdraw']
  return []
}

/** `commentRequired` on the node lists the actions that need a comment. */
export function needsComment(node: FlowNode | undefined, action: TaskAction): boolean {
  if (action === 'comment') return true
  const required = (node as { commentRequired?: string[] | boolean } | undefined)?.commentRequired
  return Array.isArray(required) ? required.includes(action) : required === true && action !== 'approve'
}

/** Where a 退回 may go: the applicant (补正) and the approval/handling steps the case has passed. */
export function returnTargets(
  nodes: FlowDocument['nodes'],
  events: readonly CaseEvent[],
  currentNodeId: string,
): Array<{ value: string; label: string }> {
  const passed = new Set(
    events.filter((e) => e.type === 'node.completed' && e.nodeId).map((e) => e.nodeId as string),
  )
  const steps = nodes
    .filter(
      (n) => (n.type === 'approval' || n.type === 'handle') && n.id !== currentNodeId && passed.has(n.id),
    )
    .map((n) => ({ value: n.id, label: n.name }))
  return [{ value: 'applicant', label: '' }, ...steps]
}

// helpers

function defaultActions(type: string): string[] {
  return type === 'approval' || type === 'handle'
    ? ['approve', 'reject', 'return', 'transfer', 'comment']
    : []
}
