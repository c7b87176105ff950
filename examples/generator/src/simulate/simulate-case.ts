import {
  applyCommand,
  listReturnTargets,
  startCase,
  taskActions,
  type CaseState,
  type Command,
  type DirectoryPort,
  type EngineResult,
  type Effect,
} from '@tongban/flow-engine'
import type { CaseEvent, MatterBundle, TaskRecord, WorkingCalendar } from '@tongban/schemas'
import { officeTimeAfter } from './office-time'
import type { Random } from './random'

/** Case id the engine runs a template under; the database expansion replaces it per case. */
export const CASE_ID_TOKEN = 'Q9CASEQ9'

/** Everything fixed while simulating cases of one matter. */
export interface MatterWorld {
  bundle: MatterBundle
  directory: DirectoryPort
  calendar: WorkingCalendar
  adminIds: readonly string[]
  applicant: { id: string; orgId: string }
  data: Record<string, unknown>
  chosenAssignees?: Record<string, string[]>
  /** People of the same organisation as a person (for 加签 / 转办 targets). */
  colleagues(personId: string): readonly string[]
  /** Median handling time of one task at this matter, in working days. */
  medianDays: number
}

/** One simulated case: what the engine left after its last command before `now`. */
export interface CaseTemplate {
  state: CaseState
  /** Final version of every task the case ever had. */
  tasks: TaskRecord[]
  events: CaseEvent[]
  /** In-app notifications the engine asked the host to send (one per recipient), in time order. */
  notifications: TemplateNotification[]
  /** Child cases its sub-flow nodes started (ids `<case>-c<n>`). */
  children: ChildTemplate[]
}

/** A sub-flow's child case, simulated as a case of the sub-flow's matter. */
export interface ChildTemplate {
  /** `-c<n>`: the child's id is the parent's id followed by this. */
  suffix: string
  parentNodeId: string
  /** Index of the child's matter in the generator's matter list. */
  matterIndex: number
  template: CaseTemplate
}

/** Starts the child case of a sub-flow: its simulation up to `now`, or null when it cannot start. */
export type StartChild = (
  effect: Extract<Effect, { kind: 'subcase.start' }>,
  at: string,
) => { matterIndex: number; template: CaseTemplate } | null

/** One notification row of a template (`taskId` still carries {@link CASE_ID_TOKEN}). */
export interface TemplateNotification {
  personId: string
  taskId: string | null
  reason: string
  message: string
  messageEn: string
  at: string
}

type Pending =
  | { at: string; kind: 'task'; taskId: string }
  | { at: string; kind: 'system'; command: Command }
  | { at: string; kind: 'withdraw' }

const FINISHED = new Set(['approved', 'rejected', 'withdrawn', 'cancelled', 'completed', 'archived'])
const COMMENTS = {
  approve: ['同意。', '同意，请按规定办理。', '经审核，材料齐全，同意。', '已阅，同意。', '办理完毕。'],
  reject: ['不符合办理条件，不予同意。', '依据不足，不同意。'],
  returnApplicant: ['材料不全，请补正后重新提交。', '请补充加盖公章的申请表。', '附件不清晰，请重新上传。'],
  returnNode: ['意见不明确，请重新审核。', '请补充审核意见。'],
  addSigner: ['请相关同志一并审核。'],
  transfer: ['工作调整，转由其他同志办理。'],
  resubmit: ['已按要求补正。', '材料已补齐。'],
  withdraw: ['信息填写有误，撤回重报。', '不再需要，撤回申请。'],
  cancel: ['重复申请，予以取消。'],
} as const

/**
 * Run one case of a matter through the real flow engine, from `startAt` until it finishes or the
 * next thing would happen after `now`: people act after log-normal working-day delays in office
 * hours, mostly approving, sometimes returning for 补正, rejecting, adding signers or transferring;
 * timers fire when due (yellow/red cards), service callbacks and sub-flows answer after a while.
 * Deterministic for a given `rng`.
 */
export function simulateCase(
  world: MatterWorld,
  startAt: string,
  now: string,
  rng: Random,
  draft = false,
  options: { caseId?: string; startChild?: StartChild } = {},
): CaseTemplate {
  const caseId = options.caseId ?? CASE_ID_TOKEN
  const tasks = new Map<string, TaskRecord>()
  const events: CaseEvent[] = []
  const notifications: TemplateNotification[] = []
  const children: ChildTemplate[] = []
  const pending: Pending[] = []
  const planned = new Set<string>()
  const ctx = (at: string) => ({
    now: at,
    directory: world.directory,
    calendar: world.calendar,
    settings: { adminIds: world.adminIds },
  })
  const take = (result: EngineResult, at: string): boolean => {
    if (!result.ok) return false
    state = result.state
    events.push(...result.events)
    for (const effect of result.effects) onEffect(effect, at)
    return true
  }
  const onEffect = (effect: Effect, at: string): void => {
    if (effect.kind === 'task.upsert') tasks.set(effect.task.id, effect.task)
    else if (effect.kind === 'notify')
      for (const personId of effect.to)
        notifications.push({
          personId,
          taskId: effect.taskId ?? null,
          reason: effect.reason,
          message: effect.message,
          messageEn: effect.messageEn,
          at,
        })
    else if (effect.kind === 'webhook' && effect.callbackToken)
      pending.push({
        at: officeTimeAfter(world.calendar, at, rng.logNormal(0.3, 0.8), rng),
        kind: 'system',
        command: { type: 'service-callback', token: effect.callbackToken, body: { result: 'ok' } },
      })
    else if (effect.kind === 'subcase.start') {
      const child = options.startChild?.(effect, at)
      if (child) {
        children.push({
          suffix: effect.childCaseId.slice(caseId.length),
          parentNodeId: effect.parentNodeId,
          matterIndex: child.matterIndex,
          template: child.template,
        })
        // The parent hears of the child when it ends (a running child keeps the parent waiting).
        const end = child.template.state.finishedAt
        if (end)
          pending.push({
            at: end < at ? at : end,
            kind: 'system',
            command: {
              type: 'subflow-finished',
              childCaseId: effect.childCaseId,
              outcome: subflowOutcome(child.template.state.status),
              data: child.template.state.data,
            },
          })
      } else
        pending.push({
          at: officeTimeAfter(world.calendar, at, rng.logNormal(2, 0.6), rng),
          kind: 'system',
          command: {
            type: 'subflow-finished',
            childCaseId: effect.childCaseId,
            outcome: 'completed',
            data: {},
          },
        })
    }
  }

  let state: CaseState | undefined
  const started = startCase(
    world.bundle,
    {
      caseId,
      applicant: world.applicant,
      data: world.data,
      submit: !draft,
      ...(world.chosenAssignees ? { chosenAssignees: world.chosenAssignees } : {}),
    },
    ctx(startAt),
  )
  if (!take(started, startAt) || !state) {
    const error = started.ok ? 'no state' : `${started.error.code}: ${started.error.message}`
    throw new Error(`事项 ${world.bundle.matter.code} 无法开始办件 / cannot start a case: ${error}`)
  }
  if (draft) return { state, tasks: [...tasks.values()], events, notifications, children }
  // Some applicants take their case back before anyone acts.
  if (rng.chance(0.025))
    pending.push({ at: officeTimeAfter(world.calendar, startAt, rng.next() * 0.3, rng), kind: 'withdraw' })

  let returns = 0
  for (let step = 0; step < 400; step++) {
    const s: CaseState = state
    if (FINISHED.has(s.status)) break
    for (const task of Object.values(s.tasks)) {
      if (planned.has(task.id) || task.status !== 'open' || task.kind === 'cc') continue
      planned.add(task.id)
      const days = task.kind === 'correction' ? rng.logNormal(1.5, 0.7) : handlingDays(world, rng)
      pending.push({
        at: officeTimeAfter(world.calendar, task.createdAt, days, rng),
        kind: 'task',
        taskId: task.id,
      })
    }
    for (const timer of Object.values(s.timers))
      if (
        !pending.some(
          (p) => p.kind === 'system' && p.command.type === 'timer-fired' && p.command.timerId === timer.id,
        )
      )
        pending.push({ at: timer.dueAt, kind: 'system', command: { type: 'timer-fired', timerId: timer.id } })
    // Drop what no longer applies (tasks closed by others, timers cancelled).
    for (let i = pending.length - 1; i >= 0; i--) {
      const p = pending[i]!
      const stale =
        (p.kind === 'task' && s.tasks[p.taskId]?.status !== 'open') ||
        (p.kind === 'system' && p.command.type === 'timer-fired' && !s.timers[p.command.timerId])
      if (stale) pending.splice(i, 1)
    }
    if (!pending.length) break
    pending.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
    const next = pending.shift()!
    if (next.at > now) break
    if (next.kind === 'system') {
      take(applyCommand(world.bundle, s, next.command, ctx(next.at)), next.at)
    } else if (next.kind === 'withdraw') {
      take(
        applyCommand(
          world.bundle,
          s,
          { type: 'withdraw', actorId: world.applicant.id, comment: rng.pick(COMMENTS.withdraw) },
          ctx(next.at),
        ),
        next.at,
      )
    } else {
      const choices = decide(world, s, next.taskId, rng, returns)
      for (const command of choices) {
        if (take(applyCommand(world.bundle, s, command, ctx(next.at)), next.at)) {
          if (command.type === 'return' && command.target === 'applicant') returns++
          break
        }
      }
    }
  }
  return { state: state as CaseState, tasks: [...tasks.values()], events, notifications, children }
}

// helpers

/** What the server reports to the parent for a finished child (its `subflow-finished` job). */
function subflowOutcome(status: string): 'approved' | 'completed' | 'rejected' | 'withdrawn' | 'cancelled' {
  return status === 'approved' || status === 'rejected' || status === 'withdrawn' || status === 'cancelled'
    ? status
    : 'completed'
}

/** Working days one person takes on one task: usually under a day, a long tail of slow ones. */
function handlingDays(world: MatterWorld, rng: Random): number {
  const slow = rng.chance(0.04) ? rng.int(2, 6) : 1
  return rng.logNormal(world.medianDays, 0.8) * slow
}

/** Commands to try, most wanted first; the engine refuses what the node does not allow. */
function decide(
  world: MatterWorld,
  state: CaseState,
  taskId: string,
  rng: Random,
  returns: number,
): Command[] {
  const task = state.tasks[taskId]
  if (!task) return []
  const actorId = task.assigneeId
  if (task.kind === 'correction')
    return [{ type: 'resubmit', actorId, taskId, comment: rng.pick(COMMENTS.resubmit) }]
  const allowed = taskActions(world.bundle, state, taskId)?.actions ?? []
  if (allowed.includes('resolve')) return [{ type: 'resolve', actorId, taskId }]
  const approve: Command = { type: 'approve', actorId, taskId, comment: rng.pick(COMMENTS.approve) }
  const reject: Command = { type: 'reject', actorId, taskId, comment: rng.pick(COMMENTS.reject) }
  const r = rng.next()
  const out: Command[] = []
  if (r < 0.003)
    out.push({ type: 'cancel', actorId: world.adminIds[0] ?? actorId, comment: rng.pick(COMMENTS.cancel) })
  else if (r < 0.06 && returns < 2 && allowed.includes('return'))
    out.push({
      type: 'return',
      actorId,
      taskId,
      target: 'applicant',
      comment: rng.pick(COMMENTS.returnApplicant),
    })
  else if (r < 0.09 && allowed.includes('reject')) out.push(reject)
  else if (r < 0.105 && allowed.includes('return')) {
    const target = listReturnTargets(world.bundle, state, taskId)[0]
    if (target)
      out.push({
        type: 'return',
        actorId,
        taskId,
        target: { nodeId: target.nodeId },
        comment: rng.pick(COMMENTS.returnNode),
      })
  } else if (r < 0.125 && allowed.includes('add-signer')) {
    const other = world.colleagues(actorId).filter((p) => p !== actorId && p !== state.applicant.id)
    if (other.length)
      out.push({
        type: 'add-signer',
        actorId,
        taskId,
        personIds: [rng.pick(other)],
        position: rng.chance(0.5) ? 'before' : 'after',
        comment: rng.pick(COMMENTS.addSigner),
      })
  } else if (r < 0.135 && allowed.includes('transfer')) {
    const other = world.colleagues(actorId).filter((p) => p !== actorId && p !== state.applicant.id)
    if (other.length)
      out.push({
        type: 'transfer',
        actorId,
        taskId,
        to: rng.pick(other),
        comment: rng.pick(COMMENTS.transfer),
      })
  }
  out.push(approve, reject)
  return out
}
