import { Type, type Static, type TProperties } from '@sinclair/typebox'
import { DiscriminatedUnion, Duration, Id, NonEmptyString } from '../common/primitives'
import { AssigneeRule } from './assignee.schema'
import { ActionName, FieldPermissions, MultiApprover, NodePolicies } from './policies.schema'

/** An expression in the safe expression language (without `{{ }}`), e.g. `amount > 10000`. */
export const Expression = Type.String({ minLength: 1, maxLength: 2000 })

const base = {
  id: Id,
  name: NonEmptyString(60),
  description: Type.Optional(Type.String({ maxLength: 500 })),
}

function node<T extends string, P extends TProperties>(type: T, props: P) {
  return Type.Object({ type: Type.Literal(type), ...base, ...props }, { additionalProperties: false })
}

/** Fields shared by the human-task nodes (审批 / 办理). */
const humanTask = {
  assignees: Type.Array(AssigneeRule, { minItems: 1 }),
  multi: Type.Optional(MultiApprover),
  policies: Type.Optional(NodePolicies),
  timeLimit: Type.Optional(Duration),
  fieldPermissions: Type.Optional(FieldPermissions),
  actions: Type.Optional(Type.Array(ActionName, { uniqueItems: true })),
  commentRequired: Type.Optional(Type.Array(ActionName, { uniqueItems: true })),
}

export const StartNode = node('start', {
  /** What the applicant may edit when filling or correcting (补正) the form. Default: all. */
  fieldPermissions: Type.Optional(FieldPermissions),
})
export const ApprovalNode = node('approval', humanTask)
export const HandleNode = node('handle', humanTask)
export const CcNode = node('cc', {
  assignees: Type.Array(AssigneeRule, { minItems: 1 }),
  fieldPermissions: Type.Optional(FieldPermissions),
})
/** Exclusive split: the first outgoing edge (by `priority`) whose condition holds; else the default edge. */
export const ExclusiveNode = node('exclusive', {})
export const ParallelSplitNode = node('parallel-split', {})
export const ParallelJoinNode = node('parallel-join', {})
/** Inclusive split: every outgoing edge whose condition holds (the default edge when none does). */
export const InclusiveSplitNode = node('inclusive-split', {})
/** Inclusive join: waits only for the branches its split actually started. */
export const InclusiveJoinNode = node('inclusive-join', {})

export const DataMapping = Type.Object(
  {
    /** Expression evaluated in the source case (parent for inputs, child for outputs). */
    from: Expression,
    /** Top-level field of the target case. */
    to: Type.String({ minLength: 1 }),
  },
  { additionalProperties: false },
)
export type DataMapping = Static<typeof DataMapping>

/** Starts a case of another matter (often another department's) and waits for it to finish. */
export const SubflowNode = node('subflow', {
  matterCode: Type.String({ pattern: '^[A-Z0-9][A-Z0-9-]{1,39}$' }),
  inputs: Type.Array(DataMapping),
  outputs: Type.Array(DataMapping),
  /** Who the child case is started as. */
  applicant: Type.Union([Type.Literal('case-applicant'), Type.Literal('system')]),
  /** A rejected child case rejects this node (else the parent continues with the outcome in data). */
  failOnChildRejected: Type.Optional(Type.Boolean()),
  timeLimit: Type.Optional(Duration),
})

export const TimerNode = node('timer', {
  timer: DiscriminatedUnion('kind', [
    Type.Object({ kind: Type.Literal('duration'), duration: Duration }, { additionalProperties: false }),
    /** An instant computed from the case, e.g. a date field: `replyBy`. */
    Type.Object({ kind: Type.Literal('date'), expression: Expression }, { additionalProperties: false }),
  ]),
})

/** Emits a webhook (data service) and optionally waits for the other system's callback. */
export const ServiceNode = node('service', {
  /** Event topic subscribers listen on, e.g. `archive.copy-requested`. */
  topic: Type.String({ pattern: '^[a-z][a-z0-9-]*(\\.[a-z0-9-]+)*$', maxLength: 80 }),
  payload: Type.Array(DataMapping),
  waitForCallback: Type.Boolean(),
  /** For callbacks: copy fields of the callback body into the case. */
  results: Type.Optional(Type.Array(DataMapping)),
  timeLimit: Type.Optional(Duration),
})

export const EndNode = node('end', {
  outcome: Type.Optional(
    Type.Union([Type.Literal('completed'), Type.Literal('approved'), Type.Literal('rejected')]),
  ),
})

export const FlowNode = DiscriminatedUnion('type', [
  StartNode,
  ApprovalNode,
  HandleNode,
  CcNode,
  ExclusiveNode,
  ParallelSplitNode,
  ParallelJoinNode,
  InclusiveSplitNode,
  InclusiveJoinNode,
  SubflowNode,
  TimerNode,
  ServiceNode,
  EndNode,
])
export type FlowNode = Static<typeof FlowNode>
export type FlowNodeType = FlowNode['type']
export type FlowNodeOf<T extends FlowNodeType> = Extract<FlowNode, { type: T }>
export type HumanTaskNode = FlowNodeOf<'approval'> | FlowNodeOf<'handle'>

export const FLOW_NODE_TYPES: readonly FlowNodeType[] = [
  'start',
  'approval',
  'handle',
  'cc',
  'exclusive',
  'parallel-split',
  'parallel-join',
  'inclusive-split',
  'inclusive-join',
  'subflow',
  'timer',
  'service',
  'end',
]

export const FlowEdge = Type.Object(
  {
    id: Id,
    source: Id,
    target: Id,
    name: Type.Optional(Type.String({ maxLength: 60 })),
    /** Only on edges leaving an exclusive or inclusive split. */
    condition: Type.Optional(Expression),
    /** The branch taken when no condition holds. */
    isDefault: Type.Optional(Type.Boolean()),
    /** Evaluation order for exclusive splits (lower first; ties by array order). */
    priority: Type.Optional(Type.Integer()),
  },
  { additionalProperties: false },
)
export type FlowEdge = Static<typeof FlowEdge>

export const FlowSettings = Type.Object(
  {
    /** The applicant may withdraw (撤回) before anyone acted. */
    allowWithdraw: Type.Boolean(),
    /** The applicant may cancel a running case. */
    allowCancel: Type.Boolean(),
    /**
     * After a return for correction (补正) and resubmission: go straight back to the node that
     * returned it (`back-to-returner`, the government norm), or run the flow again from the start.
     */
    resubmit: Type.Union([Type.Literal('back-to-returner'), Type.Literal('restart')]),
  },
  { additionalProperties: false },
)
export type FlowSettings = Static<typeof FlowSettings>

/** The meaning of a flow. Layout lives apart in {@link FlowLayout}: the engine never sees coordinates. */
export const FlowDocument = Type.Object(
  {
    nodes: Type.Array(FlowNode, { minItems: 2 }),
    edges: Type.Array(FlowEdge),
    settings: FlowSettings,
  },
  { additionalProperties: false },
)
export type FlowDocument = Static<typeof FlowDocument>

const Point = Type.Object({ x: Type.Number(), y: Type.Number() }, { additionalProperties: false })

/** Designer-only positions of nodes and bends of edges. */
export const FlowLayout = Type.Object(
  {
    nodes: Type.Record(Id, Point),
    edges: Type.Optional(Type.Record(Id, Type.Array(Point))),
  },
  { additionalProperties: false },
)
export type FlowLayout = Static<typeof FlowLayout>
