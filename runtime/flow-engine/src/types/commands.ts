/**
 * Inputs to {@link applyCommand}. Human commands carry `actorId` (the authenticated person); task
 * actions also carry the `taskId` acted on. System inputs (timers, callbacks, child cases) carry no
 * actor. Every accepted command is stored in its first event (`data.command`) so {@link replay} can
 * re-run it.
 */

/** A patch of top-level form fields. Only fields the node may edit are accepted. */
export type DataPatch = Record<string, unknown>

interface TaskAction {
  actorId: string
  taskId: string
  /** 审批意见. Required for the actions listed in the node's `commentRequired`. */
  comment?: string
}

/** 同意 / 办理完成. `data` edits fields the node may edit. */
export interface ApproveCommand extends TaskAction {
  type: 'approve'
  data?: DataPatch
}
/** 不同意: counted by the node's multi-approver mode, then the node's rejection policy applies. */
export interface RejectCommand extends TaskAction {
  type: 'reject'
  data?: DataPatch
}
/**
 * 退回: to an earlier node on this branch's taken path (`{ nodeId }`), or to the applicant for
 * correction (补正, `'applicant'`): the case clock pauses until `resubmit`.
 */
export interface ReturnCommand extends TaskAction {
  type: 'return'
  target: { nodeId: string } | 'applicant'
}
/** 转办: the task is closed as transferred and the same slot is given to `to`. */
export interface TransferCommand extends TaskAction {
  type: 'transfer'
  to: string
}
/** 委派: `to` works on the task on the assignee's behalf; `resolve` gives it back. */
export interface DelegateCommand extends TaskAction {
  type: 'delegate'
  to: string
}
/** The delegate hands a delegated task back to its owner (委派归还). */
export interface ResolveCommand extends TaskAction {
  type: 'resolve'
}
/**
 * 加签: `before` puts the people ahead of the actor (they decide first, then the actor);
 * `after` completes the actor's approval and makes the people decide after them.
 */
export interface AddSignerCommand extends TaskAction {
  type: 'add-signer'
  personIds: string[]
  position: 'before' | 'after'
}
/** 减签: remove a person added by 加签 who has not decided yet. `taskId` is the actor's task. */
export interface RemoveSignerCommand extends TaskAction {
  type: 'remove-signer'
  personId: string
}
/**
 * 撤回. Without `taskId`: the applicant withdraws the case before anyone acted (ends it as
 * `withdrawn`). With `taskId` (a task the actor completed): the approver takes back their decision
 * while the next step is untouched.
 */
export interface WithdrawCommand {
  type: 'withdraw'
  actorId: string
  taskId?: string
  comment?: string
}
/** 取消: the applicant (when the flow allows it) or an administrator ends a running case. */
export interface CancelCommand {
  type: 'cancel'
  actorId: string
  comment?: string
}
/** 催办: notifies the assignees of every open task; logged. */
export interface UrgeCommand {
  type: 'urge'
  actorId: string
  comment?: string
}
/** A comment on the case (or on a task the actor holds). */
export interface CommentCommand {
  type: 'comment'
  actorId: string
  taskId?: string
  comment: string
}
/** Ad-hoc 抄送 by a participant. */
export interface CcCommand {
  type: 'cc'
  actorId: string
  taskId?: string
  personIds: string[]
  comment?: string
}
/** Submit a draft case. */
export interface SubmitCommand {
  type: 'submit'
  actorId: string
  data?: DataPatch
  chosenAssignees?: Record<string, string[]>
}
/** Resubmit after a return for correction (补正); `data` edits what the start node allows. */
export interface ResubmitCommand {
  type: 'resubmit'
  actorId: string
  /** The correction task (optional: there is only one). */
  taskId?: string
  data?: DataPatch
  comment?: string
}
/** Save form edits on an open task without deciding (fields the node may edit), or on a draft. */
export interface UpdateDataCommand {
  type: 'update-data'
  actorId: string
  taskId?: string
  data: DataPatch
}
/** The host reports a due timer ({@link TimerSpec}). Stale timers are rejected with `timer.not-active`. */
export interface TimerFiredCommand {
  type: 'timer-fired'
  timerId: string
}
/** The other system answers a service node that waits for a callback. */
export interface ServiceCallbackCommand {
  type: 'service-callback'
  token: string
  body: Record<string, unknown>
}
/** A child case started by a sub-flow node finished. */
export interface SubflowFinishedCommand {
  type: 'subflow-finished'
  childCaseId: string
  outcome: 'approved' | 'completed' | 'rejected' | 'withdrawn' | 'cancelled'
  data: Record<string, unknown>
}

export type Command =
  | ApproveCommand
  | RejectCommand
  | ReturnCommand
  | TransferCommand
  | DelegateCommand
  | ResolveCommand
  | AddSignerCommand
  | RemoveSignerCommand
  | WithdrawCommand
  | CancelCommand
  | UrgeCommand
  | CommentCommand
  | CcCommand
  | SubmitCommand
  | ResubmitCommand
  | UpdateDataCommand
  | TimerFiredCommand
  | ServiceCallbackCommand
  | SubflowFinishedCommand

export type CommandType = Command['type']
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>

/** Input of {@link startCase}. */
export interface StartCaseInput {
  caseId: string
  applicant: { id: string; orgId: string }
  data: Record<string, unknown>
  /** false: save as a draft (status `draft`, nothing runs); true: submit at once. */
  submit: boolean
  /** For `applicant-chosen` assignee rules: node id → chosen people. */
  chosenAssignees?: Record<string, string[]>
}
