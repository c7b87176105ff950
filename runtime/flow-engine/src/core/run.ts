import type { CaseEvent, CaseEventType, FlowNode, MatterBundle, TaskKind, TaskRecord } from '@tongban/schemas'
import { omit } from './omit'
import { compileCalendar, localDayOf, type CompiledCalendar } from '../calendar/working-days'
import { formatDay, formatInstant, parseInstant } from '../calendar/instant'
import { recordingDirectory } from '../assignees/recording-directory'
import type {
  CaseState,
  Counters,
  DirectoryLookup,
  DirectoryPort,
  Effect,
  EngineContext,
  ForkFrame,
  NotificationReason,
  PathEntry,
  TimerPurpose,
  TimerState,
  Token,
} from '../types'
import { compileFlow, type CompiledFlow } from './compile-flow'

const ID_LETTERS: Record<keyof Counters, string> = {
  task: 't',
  token: 'k',
  fork: 'f',
  activity: 'a',
  timer: 'm',
  child: 'c',
  callback: 'b',
}

/**
 * One command's unit of work on a private copy of the state: it collects events and effects, hands
 * out deterministic ids and runs tokens until every branch waits. Node behaviours and command
 * handlers act through it.
 */
export class Run {
  readonly flow: CompiledFlow
  readonly nowMs: number
  readonly events: CaseEvent[] = []
  readonly effects: Effect[] = []
  readonly lookups: DirectoryLookup[] = []
  readonly directory: DirectoryPort
  readonly cal: CompiledCalendar
  /** Tokens waiting to enter their node, in order. */
  readonly queue: Token[] = []
  steps = 0

  constructor(
    readonly bundle: MatterBundle,
    readonly state: CaseState,
    readonly ctx: EngineContext,
    readonly actorId: string | null,
  ) {
    this.flow = compileFlow(bundle)
    this.nowMs = parseInstant(ctx.now)
    this.now = formatInstant(this.nowMs)
    this.directory = recordingDirectory(ctx.directory, this.lookups)
    this.cal = compileCalendar(ctx.calendar)
  }

  /** The command's instant in canonical form. */
  readonly now: string

  get caseId(): string {
    return this.state.caseId
  }

  id(kind: keyof Counters): string {
    const n = ++this.state.counters[kind]
    return `${this.state.caseId}-${ID_LETTERS[kind]}${n}`
  }

  event(type: CaseEventType, fields: { nodeId?: string; taskId?: string; data?: Record<string, unknown> } = {}): CaseEvent {
    const e: CaseEvent = { caseId: this.state.caseId, seq: ++this.state.seq, type, at: this.now, actorId: this.actorId }
    if (fields.nodeId !== undefined) e.nodeId = fields.nodeId
    if (fields.taskId !== undefined) e.taskId = fields.taskId
    if (fields.data !== undefined) e.data = fields.data
    this.events.push(e)
    return e
  }

  effect(e: Effect): void {
    this.effects.push(e)
  }

  notify(
    reason: NotificationReason,
    to: readonly string[],
    message: string,
    messageEn: string,
    refs: { taskId?: string; nodeId?: string } = {},
  ): void {
    const people = [...new Set(to)]
    if (people.length === 0) return
    this.effect({ kind: 'notify', reason, to: people, caseId: this.caseId, message, messageEn, ...refs })
  }

  isAdmin(personId: string): boolean {
    if (this.ctx.settings?.adminIds?.includes(personId)) return true
    return this.directory.adminIds().includes(personId)
  }

  // tasks ----------------------------------------------------------------------------------------

  createTask(
    node: FlowNode,
    personId: string,
    kind: TaskKind,
    status: 'open' | 'waiting',
    dueAt: string | undefined,
  ): TaskRecord {
    const task: TaskRecord = {
      id: this.id('task'),
      caseId: this.caseId,
      nodeId: node.id,
      nodeName: node.name,
      kind,
      assigneeId: personId,
      status,
      createdAt: this.now,
      card: 'none',
    }
    if (dueAt) task.dueAt = dueAt
    this.state.tasks = { ...this.state.tasks, [task.id]: task }
    // Task records are never mutated once published (updates copy them), so state and effect share it.
    this.effect({ kind: 'task.upsert', task })
    this.event('task.created', { nodeId: node.id, taskId: task.id, data: { assigneeId: personId, kind, status } })
    if (status === 'open')
      this.notify('task-assigned', [personId], `您有新的待办：${node.name}`, `New task: ${node.name}`, {
        taskId: task.id,
        nodeId: node.id,
      })
    return task
  }

  /**
   * Change a live task: the record is copied, changed, stored and published. Task records are
   * shared between state versions and effects, so they are never changed in place.
   */
  updateTask(taskId: string, change: (task: TaskRecord) => void): TaskRecord {
    const task = { ...this.state.tasks[taskId]! }
    change(task)
    this.state.tasks = { ...this.state.tasks, [taskId]: task }
    this.effect({ kind: 'task.upsert', task })
    return task
  }

  /** Close a live task (completed with an outcome, or cancelled). */
  closeTask(
    taskId: string,
    status: 'completed' | 'cancelled',
    outcome?: TaskRecord['outcome'],
    comment?: string,
  ): TaskRecord | undefined {
    const live = this.state.tasks[taskId]
    if (!live) return undefined
    const wasOpen = live.status === 'open'
    this.state.tasks = omit(this.state.tasks, taskId)
    const task: TaskRecord = { ...live, status, completedAt: this.now }
    if (outcome) task.outcome = outcome
    if (comment) task.comment = comment
    this.effect({ kind: 'task.upsert', task })
    const data: Record<string, unknown> = {}
    if (outcome) data.outcome = outcome
    if (comment) data.comment = comment
    this.event(status === 'completed' ? 'task.completed' : 'task.cancelled', {
      nodeId: task.nodeId,
      taskId,
      data,
    })
    // The holder's inbox (and a synced 浙政钉 待办) must drop a task someone else's action closed.
    if (status === 'cancelled' && wasOpen)
      this.notify('task-cancelled', [task.assigneeId], `待办已撤销：${task.nodeName}`, `Task withdrawn: ${task.nodeName}`, {
        taskId,
        nodeId: task.nodeId,
      })
    return task
  }

  // timers ---------------------------------------------------------------------------------------

  setTimer(purpose: TimerPurpose, dueAt: string, refs: Omit<TimerState, 'id' | 'purpose' | 'dueAt'> = {}): string {
    const timer: TimerState = { id: this.id('timer'), purpose, dueAt, ...refs }
    this.state.timers[timer.id] = timer
    const spec: Effect = { kind: 'timer.set', timer: { id: timer.id, caseId: this.caseId, purpose, dueAt } }
    if (refs.nodeId) spec.timer.nodeId = refs.nodeId
    if (refs.taskId) spec.timer.taskId = refs.taskId
    this.effect(spec)
    this.event('timer.set', { ...(refs.nodeId ? { nodeId: refs.nodeId } : {}), data: { timerId: timer.id, purpose, dueAt } })
    return timer.id
  }

  cancelTimer(timerId: string | undefined): void {
    if (!timerId) return
    const timer = this.state.timers[timerId]
    if (!timer) return
    this.state.timers = omit(this.state.timers, timerId)
    this.effect({ kind: 'timer.cancel', timerId })
    this.event('timer.cancelled', { ...(timer.nodeId ? { nodeId: timer.nodeId } : {}), data: { timerId, purpose: timer.purpose } })
  }

  /** Cancel every timer matching a predicate (in id order, for determinism). */
  cancelTimersWhere(pred: (t: TimerState) => boolean): void {
    for (const t of Object.values(this.state.timers)) if (pred(t)) this.cancelTimer(t.id)
  }

  // tokens ---------------------------------------------------------------------------------------

  newToken(nodeId: string, stack: ForkFrame[], since: number, lastApprovers: string[]): Token {
    const token: Token = { id: this.id('token'), nodeId, stack, since, lastApprovers }
    this.state.tokens.push(token)
    return token
  }

  removeToken(token: Token): void {
    const i = this.state.tokens.indexOf(token)
    if (i >= 0) this.state.tokens.splice(i, 1)
  }

  tokenById(id: string): Token | undefined {
    return this.state.tokens.find((t) => t.id === id)
  }

  /** Move a token to a node; it enters when the queue drains. */
  moveTo(token: Token, nodeId: string): void {
    token.nodeId = nodeId
    delete token.wait
    this.queue.push(token)
  }

  // path -----------------------------------------------------------------------------------------

  /** Mark a path entry undone. Entries are shared between state versions: replace, never mutate. */
  undo(index: number): void {
    const e = this.state.path[index]
    if (e && !e.undone) this.state.path[index] = { ...e, undone: true }
  }

  pushPath(entry: Omit<PathEntry, 'i' | 'at'>): PathEntry {
    const full: PathEntry = { i: this.state.path.length, at: this.now, ...entry }
    this.state.path.push(full)
    return full
  }

  // expressions ----------------------------------------------------------------------------------

  /** Names an expression may read: form fields as bare names, context as `$`-names. */
  scope(extra: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      ...this.state.data,
      $applicant: this.state.applicant,
      $case: { id: this.caseId, status: this.state.status, results: this.state.results },
      $now: this.now,
      $today: formatDay(localDayOf(this.cal, this.nowMs)),
      ...extra,
    }
  }

  live(): boolean {
    return this.state.status === 'in-progress' || this.state.status === 'returned'
  }
}
