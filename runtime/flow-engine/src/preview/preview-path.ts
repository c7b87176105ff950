import type { CaseEvent, FlowNode, MatterBundle } from '@tongban/schemas'
import { compileFlow } from '../core/compile-flow'
import { applyCommand } from '../engine/apply-command'
import { startCase } from '../engine/start-case'
import type { CaseState, Command, EngineContext, EngineResult, PreviewResult, PreviewStep } from '../types'

const BUDGET = 300
const JOINS = new Set(['parallel-join', 'inclusive-join'])

/**
 * 流程预测: the path and approvers a case with this data would take if everyone approved. Runs the
 * real engine (the same code that executes) on a throw-away case: every open task is approved by its
 * holder, timer nodes fire when due, services answer `{}` and sub-flows finish approved.
 *
 * @example previewPath(bundle, { applicant, data: { amount: 20000 } }, ctx).steps.map((s) => s.nodeId)
 */
export function previewPath(
  bundle: MatterBundle,
  input: { applicant: { id: string; orgId: string }; data: Record<string, unknown>; chosenAssignees?: Record<string, string[]> },
  ctx: EngineContext,
): PreviewResult {
  const started = startCase(
    bundle,
    { caseId: 'preview', applicant: input.applicant, data: input.data, submit: true, ...(input.chosenAssignees ? { chosenAssignees: input.chosenAssignees } : {}) },
    ctx,
  )
  if (!started.ok) return { steps: [], outcome: 'undetermined', error: started.error }
  const events: CaseEvent[] = [...started.events]
  let state = started.state
  let now = ctx.now
  let error
  for (let i = 0; i < BUDGET && state.status === 'in-progress'; i++) {
    const next = nextMove(state, now)
    if (!next) break
    now = next.now
    const r: EngineResult = applyCommand(bundle, state, next.command, { ...ctx, now })
    if (!r.ok) {
      error = r.error
      break
    }
    state = r.state
    events.push(...r.events)
  }
  const result: PreviewResult = { steps: stepsOf(bundle, events), outcome: outcomeOf(state) }
  if (error) result.error = error
  return result
}

// helpers

function nextMove(state: CaseState, now: string): { command: Command; now: string } | null {
  const task = Object.values(state.tasks)
    .filter((t) => t.status === 'open')
    .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }))[0]
  if (task) return { command: { type: 'approve', actorId: task.assigneeId, taskId: task.id }, now }
  for (const token of state.tokens) {
    const wait = token.wait
    if (wait?.kind === 'callback') return { command: { type: 'service-callback', token: wait.callbackToken, body: {} }, now }
    if (wait?.kind === 'subflow')
      return { command: { type: 'subflow-finished', childCaseId: wait.childCaseId, outcome: 'approved', data: {} }, now }
    if (wait?.kind === 'timer') {
      const timer = state.timers[wait.timerId]
      if (timer) return { command: { type: 'timer-fired', timerId: timer.id }, now: timer.dueAt > now ? timer.dueAt : now }
    }
  }
  return null
}

function stepsOf(bundle: MatterBundle, events: readonly CaseEvent[]): PreviewStep[] {
  const flow = compileFlow(bundle)
  const steps: PreviewStep[] = []
  const open = new Map<string, PreviewStep>()
  const add = (node: FlowNode) => {
    const step: PreviewStep = { nodeId: node.id, nodeName: node.name, type: node.type, assignees: [] }
    if (node.type === 'approval' || node.type === 'handle') step.mode = node.multi?.mode ?? (node.assignees.length > 0 ? modeOf(node) : 'any')
    steps.push(step)
    open.set(node.id, step)
  }
  for (const e of events) {
    const node = e.nodeId ? flow.nodes.get(e.nodeId) : undefined
    if (!node) continue
    if (e.type === 'node.entered' && !JOINS.has(node.type)) add(node)
    else if (e.type === 'node.completed' && JOINS.has(node.type) && e.data?.fork) add(node)
    const step = open.get(node.id)
    if (!step) continue
    if (e.type === 'task.created' && (e.data?.kind === 'approval' || e.data?.kind === 'handle')) {
      const who = String(e.data.assigneeId)
      if (!step.assignees.includes(who)) step.assignees.push(who)
    }
    if (e.type === 'cc.sent' && Array.isArray(e.data?.personIds)) step.assignees.push(...(e.data.personIds as string[]))
    if (e.type === 'task.completed' && e.data?.outcome === 'auto-approved') step.note = 'auto-approved'
    if (e.type === 'node.skipped') step.note = e.data?.reason === 'no-assignee' ? 'no-assignee' : 'skipped'
  }
  return steps
}

function modeOf(node: Extract<FlowNode, { type: 'approval' | 'handle' }>) {
  return node.assignees.some((a) => a.kind === 'applicant-head' && a.mode === 'chain') ? 'sequential' : 'any'
}

function outcomeOf(state: CaseState): PreviewResult['outcome'] {
  if (state.status === 'approved' || state.status === 'completed' || state.status === 'rejected') return state.status
  return 'undetermined'
}
