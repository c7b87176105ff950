import { Type, type Static } from '@sinclair/typebox'
import { DiscriminatedUnion, Id } from '../common/primitives'

/** Which organisation a rule refers to. */
export const OrgRef = DiscriminatedUnion('from', [
  Type.Object({ from: Type.Literal('fixed'), orgId: Id }, { additionalProperties: false }),
  /** The applicant's (primary) department. */
  Type.Object({ from: Type.Literal('applicant') }, { additionalProperties: false }),
  /** The matter's accepting organisation (受理单位). */
  Type.Object({ from: Type.Literal('accepting') }, { additionalProperties: false }),
  /** An organisation picked in a form field (OrgPicker). */
  Type.Object(
    { from: Type.Literal('field'), field: Type.String({ minLength: 1 }) },
    { additionalProperties: false },
  ),
])
export type OrgRef = Static<typeof OrgRef>

/**
 * Who gets a task. A node lists one or more rules; their results are concatenated in order and
 * de-duplicated. Directory look-ups happen in the host through the engine's directory port.
 */
export const AssigneeRule = DiscriminatedUnion('kind', [
  /** Named people. */
  Type.Object(
    { kind: Type.Literal('person'), personIds: Type.Array(Id, { minItems: 1 }) },
    { additionalProperties: false },
  ),
  /** Everyone holding an organisation role in an organisation (档案管理员 of 市档案局). */
  Type.Object(
    {
      kind: Type.Literal('role'),
      role: Id,
      org: OrgRef,
      includeDescendants: Type.Optional(Type.Boolean()),
    },
    { additionalProperties: false },
  ),
  /** The head (负责人) of an organisation, or of its ancestor `levelsUp` levels above. */
  Type.Object(
    {
      kind: Type.Literal('org-head'),
      org: OrgRef,
      levelsUp: Type.Optional(Type.Integer({ minimum: 0, maximum: 10 })),
    },
    { additionalProperties: false },
  ),
  /**
   * Heads above the applicant: `nth` gives the head `levels` levels up (1 = own department head);
   * `chain` gives every head from level 1 to `levels` (连续多级), approving in sequence.
   */
  Type.Object(
    {
      kind: Type.Literal('applicant-head'),
      levels: Type.Integer({ minimum: 1, maximum: 10 }),
      mode: Type.Union([Type.Literal('nth'), Type.Literal('chain')]),
    },
    { additionalProperties: false },
  ),
  /** The leader (分管领导) of rank `rank` of an organisation. */
  Type.Object(
    {
      kind: Type.Literal('org-leader'),
      org: OrgRef,
      rank: Type.Optional(Type.Integer({ minimum: 1, maximum: 10 })),
    },
    { additionalProperties: false },
  ),
  /** The applicant picks at submission; candidates may be limited to organisation roles. */
  Type.Object(
    {
      kind: Type.Literal('applicant-chosen'),
      multiple: Type.Boolean(),
      candidateRoles: Type.Optional(Type.Array(Id)),
    },
    { additionalProperties: false },
  ),
  /** People named in a form field (PersonPicker), or the head of an organisation picked in one. */
  Type.Object(
    {
      kind: Type.Literal('form-field'),
      field: Type.String({ minLength: 1 }),
      as: Type.Union([Type.Literal('person'), Type.Literal('org-head')]),
    },
    { additionalProperties: false },
  ),
  /** The applicant themself (e.g. to confirm receipt). */
  Type.Object({ kind: Type.Literal('applicant') }, { additionalProperties: false }),
])
export type AssigneeRule = Static<typeof AssigneeRule>
export type AssigneeRuleKind = AssigneeRule['kind']
