import type { Card, CaseStatus, MultiApproverMode, TaskRecord } from '@tongban/schemas'
import type { TimerPurpose } from './effects'

/**
 * The engine's whole memory of one case: plain JSON (store it as JSONB), never mutated by the
 * engine (each call returns a new object). `version` goes up by one per accepted command: save with
 * `UPDATE … WHERE state_version = <version read>` and answer 409 when no row matched.
 */
export interface CaseState {
  /** Format of this document. */
  format: 1
  caseId: string
  matter: { id: string; code: string; version: number }
  status: CaseStatus
  /** Optimistic-lock version: 0 after {@link startCase}, +1 per accepted command. */
  version: number
  /** `seq` of the last event written for this case. */
  seq: number
  /** Counters for deterministic ids (`<caseId>-t7`, `-k3`, …). */
  counters: Counters
  applicant: { id: string; orgId: string }
  data: Record<string, unknown>
  chosenAssignees: Record<string, string[]>
  createdAt: string
  submittedAt?: string
  finishedAt?: string
  /** Live tokens: one per running branch (see ARCHITECTURE.md, token model). */
  tokens: Token[]
  /** Open forks (parallel / inclusive splits whose join has not fired). */
  forks: Record<string, Fork>
  /** Live human-task node visits (审批/办理), by activity id. */
  activities: Record<string, Activity>
  /** Live tasks (status `open` or `waiting`), by id. Closed tasks live only in the host's table. */
  tasks: Record<string, TaskRecord>
  /** Armed timers, by id. */
  timers: Record<string, TimerState>
  /** Taken path: every node visit in order. Return targets and duplicate-approver checks read it. */
  path: PathEntry[]
  clock: CaseClock
  /** Set while the case is returned to the applicant (补正). */
  correction?: Correction
  /** Sub-flow outcomes and service answers by node id, readable in expressions as `$case.results`. */
  results: Record<string, unknown>
  /** When the case was last urged (rate limit). */
  lastUrgedAt?: string
  /** Someone other than the applicant acted on a task since submission (the applicant may no longer withdraw). */
  acted: boolean
}

export interface Counters {
  task: number
  token: number
  fork: number
  activity: number
  timer: number
  child: number
  callback: number
}

/** A branch's position in its forks: which fork instance and which of its branches. */
export interface ForkFrame {
  fork: string
  branch: number
}

/** Why a token is parked at its node. */
export type Wait =
  | { kind: 'activity'; activityId: string }
  | { kind: 'timer'; timerId: string }
  | { kind: 'callback'; callbackToken: string; timerId?: string }
  | { kind: 'subflow'; childCaseId: string; timerId?: string }

export interface Token {
  id: string
  nodeId: string
  /** Fork frames from the outermost to the innermost. Empty outside any split. */
  stack: ForkFrame[]
  wait?: Wait
  /** Index in `path` of the last human decision in this branch's history (withdraw checks). */
  since: number
  /** People who approved the previous human node of this branch (duplicate policy `consecutive`). */
  lastApprovers: string[]
}

export interface Fork {
  id: string
  splitNodeId: string
  /** Branches started by the split (inclusive: only the taken ones). */
  expected: number
  /** Branches already arrived at the join, with the arriving token's `since`. */
  arrived: Array<{ branch: number; since: number }>
  /** The stack of the token that entered the split (restored when the join fires). */
  parentStack: ForkFrame[]
  /** `since` of the token that entered the split. */
  since: number
}

/** One person's place in a signer slot chain. */
export interface Signer {
  personId: string
  status: 'pending' | 'open' | 'approved' | 'rejected' | 'auto-approved' | 'auto-rejected' | 'removed'
  taskId?: string
  /** Who added this signer by 加签 (absent for assignees from the node's rules). */
  addedBy?: string
  /** Event `seq` of this signer's decision. */
  decidedSeq?: number
}

/**
 * A slot: one resolved assignee of the node, plus the people added around them by 加签. The chain is
 * decided in order; the slot's decision is the chain's (any rejection rejects it).
 */
export interface Slot {
  chain: Signer[]
}

/** One visit of an approval/handle node by a token (a multi-instance body). */
export interface Activity {
  id: string
  nodeId: string
  tokenId: string
  mode: MultiApproverMode
  ratio?: number
  anyRejectionEnds: boolean
  slots: Slot[]
  enteredAt: string
  dueAt?: string
  /** Reminders already sent by the `remind` timeout policy. */
  reminders: number
  /** Event `seq` of the last action on this visit (decision, transfer, 加签 …); 撤回 needs it to be one's own. */
  lastActionSeq?: number
}

export interface PathEntry {
  /** Position in `path`. */
  i: number
  nodeId: string
  type: string
  /** Fork frames of the visiting token, as `fork.branch/…` ('' outside forks). */
  scope: string
  at: string
  /** How the visit ended. */
  outcome: 'passed' | 'approved' | 'rejected' | 'returned' | 'skipped' | 'submitted'
  /** People whose decision made the outcome (human nodes). */
  actors?: string[]
  /** Undone by a later return or withdraw: no longer on the taken path. */
  undone?: boolean
  /** For human nodes: the finished activity (kept for 撤回 by an approver). */
  activity?: Activity
  /** `since` of the visiting token (withdraw finds a decision's descendants by it). */
  since: number
}

export interface TimerState {
  id: string
  purpose: TimerPurpose
  dueAt: string
  nodeId?: string
  taskId?: string
  activityId?: string
  tokenId?: string
}

export interface CaseClock {
  /** When counting started (submission). */
  startedAt?: string
  /** Set while paused (补正). */
  pausedSince?: string
  pauses: Array<{ from: string; to: string }>
  promisedDeadline?: string
  legalDeadline?: string
  yellowAt?: string
  card: Card
  legalOverdue: boolean
}

export interface Correction {
  /** Who returned the case and from where. */
  returnedBy: string
  nodeId: string
  taskId: string
  /** Correction task of the applicant. */
  correctionTaskId: string
  /** Tokens parked while the applicant corrects (restored by `back-to-returner`). */
  parked: Token[]
  /** Callbacks and child-case ends that arrived meanwhile, applied at resubmission. */
  deferred: Array<{ type: 'service-callback' | 'subflow-finished'; input: Record<string, unknown> }>
}
