import type { Card, CaseStatus, TaskRecord } from '@tongban/schemas'

/** Why a notification is sent; the host picks the channel (站内信, 浙政钉 工作通知, SMS). */
export type NotificationReason =
  | 'task-assigned'
  | 'task-cancelled'
  | 'task-transferred'
  | 'task-delegated'
  | 'task-resolved'
  | 'urged'
  | 'reminder'
  | 'cc'
  | 'returned'
  | 'correction-requested'
  | 'card-yellow'
  | 'card-red'
  | 'case-finished'
  | 'service-overdue'

/** What a timer is for; decides what the engine does when it fires. */
export type TimerPurpose =
  /** Node time limit reached: apply the node's timeout policy (auto-approve / auto-reject / first reminder). */
  | 'task-due'
  /** Repeated reminder after the due instant (timeout policy `remind`). */
  | 'task-remind'
  /** Yellow-card threshold of a node's time limit (环节预警). */
  | 'task-yellow'
  /** A timer node (延迟器) is due. */
  | 'timer-node'
  /** A service or sub-flow node exceeded its time limit. */
  | 'node-overdue'
  /** Case yellow card (share `yellowAt` of the promised limit used). */
  | 'case-yellow'
  /** Case promised deadline (承诺时限) passed: red card. */
  | 'case-red'
  /** Case legal deadline (法定时限) passed. */
  | 'case-legal-red'

/** A durable timer the host must schedule and later report with a `timer-fired` command. */
export interface TimerSpec {
  id: string
  caseId: string
  purpose: TimerPurpose
  /** ISO instant at which the host fires it (late is fine, early is not). */
  dueAt: string
  nodeId?: string
  taskId?: string
}

/**
 * Work the host performs after saving the new state, in the same transaction (tasks, case record,
 * timers, outbox) or right after commit (notifications, webhooks, sub-cases through the outbox).
 */
export type Effect =
  /** Insert or replace the task row with this id (tasks are never deleted; closed ones keep their outcome). */
  | { kind: 'task.upsert'; task: TaskRecord }
  | {
      kind: 'notify'
      reason: NotificationReason
      to: string[]
      caseId: string
      taskId?: string
      nodeId?: string
      /** zh-CN first, English second. */
      message: string
      messageEn: string
    }
  | { kind: 'timer.set'; timer: TimerSpec }
  | { kind: 'timer.cancel'; timerId: string }
  /** Emit a webhook on `topic`; when `callbackToken` is set the engine waits for `service-callback`. */
  | {
      kind: 'webhook'
      caseId: string
      nodeId: string
      topic: string
      payload: Record<string, unknown>
      callbackToken?: string
    }
  /** Start a child case of another matter (sub-flow); report its end with `subflow-finished`. */
  | {
      kind: 'subcase.start'
      parentCaseId: string
      parentNodeId: string
      childCaseId: string
      matterCode: string
      /** Who the child is started as: the parent's applicant, or null for the system. */
      applicant: { id: string; orgId: string } | null
      data: Record<string, unknown>
    }
  | { kind: 'subcase.cancel'; childCaseId: string; parentCaseId: string }
  /** New values for the case record's engine-owned columns (always the full set). */
  | { kind: 'case.update'; caseId: string; fields: CaseRecordFields }

/** The columns of {@link CaseRecord} the engine owns. */
export interface CaseRecordFields {
  status: CaseStatus
  /** The bundle version the case runs on (changes only by migration). */
  matterVersion: number
  data: Record<string, unknown>
  currentNodeIds: string[]
  card: Card
  submittedAt?: string
  finishedAt?: string
  promisedDeadline?: string
  legalDeadline?: string
  stateVersion: number
}
