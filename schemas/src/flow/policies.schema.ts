import { Type, type Static } from '@sinclair/typebox'
import { Duration, Id } from '../common/primitives'

/**
 * How several assignees of one node decide.
 * - `sequential`: one after another in order (依次审批); a rejection decides.
 * - `all`: 会签, everyone must approve; by default any rejection rejects the node.
 * - `any`: 或签, the first decision (approve or reject) decides.
 * - `ratio`: approved once approvals / assignees ≥ `ratio`; rejected once that can no longer happen.
 */
export const MultiApproverMode = Type.Union([
  Type.Literal('sequential'),
  Type.Literal('all'),
  Type.Literal('any'),
  Type.Literal('ratio'),
])
export type MultiApproverMode = Static<typeof MultiApproverMode>

export const MultiApprover = Type.Object(
  {
    mode: MultiApproverMode,
    /** For `ratio`: the share of approvals needed, in (0, 1]. */
    ratio: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 1 })),
    /** One rejection rejects the node at once (一票否决). Contradicts `ratio`. */
    anyRejectionEnds: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
)
export type MultiApprover = Static<typeof MultiApprover>

export const ActionName = Type.Union([
  Type.Literal('approve'),
  Type.Literal('reject'),
  Type.Literal('return'),
  Type.Literal('transfer'),
  Type.Literal('delegate'),
  Type.Literal('add-signer'),
  Type.Literal('remove-signer'),
  Type.Literal('withdraw'),
  Type.Literal('comment'),
  Type.Literal('cc'),
  Type.Literal('urge'),
])
export type ActionName = Static<typeof ActionName>
export const ACTION_NAMES: readonly ActionName[] = [
  'approve',
  'reject',
  'return',
  'transfer',
  'delegate',
  'add-signer',
  'remove-signer',
  'withdraw',
  'comment',
  'cc',
  'urge',
]

export const NodePolicies = Type.Object(
  {
    /** No assignee resolved (directory data is often stale). */
    emptyAssignee: Type.Optional(
      Type.Object(
        {
          action: Type.Union([
            Type.Literal('auto-approve'),
            Type.Literal('auto-reject'),
            Type.Literal('assign-to'),
            Type.Literal('assign-admin'),
          ]),
          personIds: Type.Optional(Type.Array(Id)),
        },
        { additionalProperties: false },
      ),
    ),
    /** The approver is the applicant: approve it themself, skip the node, or pass to their head. */
    applicantIsApprover: Type.Optional(
      Type.Union([Type.Literal('self-approve'), Type.Literal('skip'), Type.Literal('assign-head')]),
    ),
    /** The same person already approved earlier in this case: `once` auto-passes any repeat, `consecutive` only an immediate repeat. */
    duplicateApprover: Type.Optional(
      Type.Union([Type.Literal('none'), Type.Literal('once'), Type.Literal('consecutive')]),
    ),
    /** What a rejection does: end the case rejected, or return it to a node on the taken path. */
    rejection: Type.Optional(
      Type.Object(
        {
          action: Type.Union([
            Type.Literal('end'),
            Type.Literal('return-to-node'),
            Type.Literal('return-to-applicant'),
          ]),
          nodeId: Type.Optional(Id),
        },
        { additionalProperties: false },
      ),
    ),
    /** When the node's time limit passes. */
    timeout: Type.Optional(
      Type.Object(
        {
          action: Type.Union([
            Type.Literal('remind'),
            Type.Literal('auto-approve'),
            Type.Literal('auto-reject'),
          ]),
          /** For `remind`: how many reminders at most, and how often. */
          maxReminders: Type.Optional(Type.Integer({ minimum: 1, maximum: 20 })),
          remindEvery: Type.Optional(Duration),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
)
export type NodePolicies = Static<typeof NodePolicies>

export const FieldAccess = Type.Union([Type.Literal('edit'), Type.Literal('read'), Type.Literal('hidden')])
export type FieldAccess = Static<typeof FieldAccess>

/** Per-field access on a node; fields not listed get `default` (itself `read` when absent). */
export const FieldPermissions = Type.Object(
  {
    default: Type.Optional(FieldAccess),
    fields: Type.Record(Type.String({ minLength: 1 }), FieldAccess),
  },
  { additionalProperties: false },
)
export type FieldPermissions = Static<typeof FieldPermissions>
