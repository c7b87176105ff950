import { Type, type Static } from '@sinclair/typebox'
import { DateTime, Id, NonEmptyString } from '../common/primitives'

/** 办件状态. */
export const CaseStatus = Type.Union([
  Type.Literal('draft'),
  Type.Literal('in-progress'),
  /** 补正: returned to the applicant for correction; the clock pauses. */
  Type.Literal('returned'),
  Type.Literal('approved'),
  Type.Literal('rejected'),
  Type.Literal('withdrawn'),
  Type.Literal('cancelled'),
  Type.Literal('completed'),
  Type.Literal('archived'),
])
export type CaseStatus = Static<typeof CaseStatus>
export const FINISHED_CASE_STATUSES: readonly CaseStatus[] = [
  'approved',
  'rejected',
  'withdrawn',
  'cancelled',
  'completed',
  'archived',
]

export const Card = Type.Union([Type.Literal('none'), Type.Literal('yellow'), Type.Literal('red')])
export type Card = Static<typeof Card>

export const AttachmentRef = Type.Object(
  {
    id: Id,
    materialId: Type.Optional(Id),
    name: NonEmptyString(200),
    size: Type.Integer({ minimum: 0 }),
    sha256: Type.String({ pattern: '^[a-f0-9]{64}$' }),
    contentType: NonEmptyString(100),
  },
  { additionalProperties: false },
)
export type AttachmentRef = Static<typeof AttachmentRef>

/** 办件: one request, as the case library stores and the API returns it. */
export const CaseRecord = Type.Object(
  {
    id: Id,
    /** 办件编号, human-readable, e.g. `LS-DA-001-20260302-0001`. */
    no: NonEmptyString(60),
    title: NonEmptyString(200),
    matterId: Id,
    matterCode: NonEmptyString(40),
    matterVersion: Type.Integer({ minimum: 1 }),
    applicantId: Id,
    applicantOrgId: Id,
    status: CaseStatus,
    data: Type.Record(Type.String(), Type.Unknown()),
    attachments: Type.Array(AttachmentRef),
    /** Node ids where the case currently waits. */
    currentNodeIds: Type.Array(Id),
    card: Card,
    createdAt: DateTime,
    submittedAt: Type.Optional(DateTime),
    finishedAt: Type.Optional(DateTime),
    /** Deadlines from the promised and legal limits (moved by 补正 pauses). */
    promisedDeadline: Type.Optional(DateTime),
    legalDeadline: Type.Optional(DateTime),
    parentCaseId: Type.Optional(Id),
    /** Optimistic-lock version of the engine state. */
    stateVersion: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
)
export type CaseRecord = Static<typeof CaseRecord>

export const TaskKind = Type.Union([
  Type.Literal('approval'),
  Type.Literal('handle'),
  /** The applicant's correction task after a return (补正). */
  Type.Literal('correction'),
  Type.Literal('cc'),
])
export type TaskKind = Static<typeof TaskKind>

export const TaskStatus = Type.Union([
  /** Queued behind earlier signers (sequential mode or 前加签). */
  Type.Literal('waiting'),
  Type.Literal('open'),
  Type.Literal('completed'),
  /** Closed without a decision of its own (node decided by others, case withdrawn, returned …). */
  Type.Literal('cancelled'),
])
export type TaskStatus = Static<typeof TaskStatus>

export const TaskOutcome = Type.Union([
  Type.Literal('approved'),
  Type.Literal('rejected'),
  Type.Literal('returned'),
  Type.Literal('transferred'),
  Type.Literal('delegated'),
  Type.Literal('auto-approved'),
  Type.Literal('auto-rejected'),
  Type.Literal('withdrawn'),
  Type.Literal('resubmitted'),
  Type.Literal('read'),
])
export type TaskOutcome = Static<typeof TaskOutcome>

/** 待办: one person's piece of work on one node of one case. */
export const TaskRecord = Type.Object(
  {
    id: Id,
    caseId: Id,
    nodeId: Id,
    nodeName: NonEmptyString(60),
    kind: TaskKind,
    assigneeId: Id,
    /** For a delegated task (委派): who delegated it and gets it back. */
    ownerId: Type.Optional(Id),
    status: TaskStatus,
    outcome: Type.Optional(TaskOutcome),
    comment: Type.Optional(Type.String({ maxLength: 2000 })),
    createdAt: DateTime,
    completedAt: Type.Optional(DateTime),
    dueAt: Type.Optional(DateTime),
    card: Card,
  },
  { additionalProperties: false },
)
export type TaskRecord = Static<typeof TaskRecord>

/** Kinds of case events: the audit trail and the source of every timing figure. */
export const CASE_EVENT_TYPES = [
  'case.created',
  'case.submitted',
  'case.resubmitted',
  'case.returned',
  'case.withdrawn',
  'case.cancelled',
  'case.completed',
  'case.rejected',
  'case.migrated',
  'case.data-changed',
  'node.entered',
  'node.completed',
  'node.skipped',
  'task.created',
  'task.completed',
  'task.cancelled',
  'task.transferred',
  'task.delegated',
  'task.resolved',
  'task.withdrawn',
  'signer.added',
  'signer.removed',
  'comment.added',
  'case.urged',
  'cc.sent',
  'timer.set',
  'timer.fired',
  'timer.cancelled',
  'card.yellow',
  'card.red',
  'clock.paused',
  'clock.resumed',
  'directory.resolved',
  'service.requested',
  'service.answered',
  'subflow.started',
  'subflow.finished',
] as const
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number]

export const CaseEvent = Type.Object(
  {
    caseId: Id,
    /** Position in the case's log, from 1, without gaps. */
    seq: Type.Integer({ minimum: 1 }),
    type: Type.Union(CASE_EVENT_TYPES.map((t) => Type.Literal(t))),
    at: DateTime,
    actorId: Type.Union([Id, Type.Null()]),
    nodeId: Type.Optional(Id),
    taskId: Type.Optional(Id),
    data: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  { additionalProperties: false },
)
export type CaseEvent = Static<typeof CaseEvent>
