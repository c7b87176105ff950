import { runChecks } from '../check'
import type { FlowCheck, FlowCheckContext } from './flow-check'
import { commentRequiredNotAllowed } from './rules/comment-required-not-allowed'
import { conditionOutsideSplit } from './rules/condition-outside-split'
import { cycle } from './rules/cycle'
import { danglingEdge } from './rules/dangling-edge'
import { defaultBranch } from './rules/default-branch'
import { duplicateEdgeId } from './rules/duplicate-edge-id'
import { duplicateNodeId } from './rules/duplicate-node-id'
import { emptyAssigneeTarget } from './rules/empty-assignee-target'
import { endExists } from './rules/end-exists'
import { endOutgoing } from './rules/end-outgoing'
import { invalidExpression } from './rules/invalid-expression'
import { joinDeadlock } from './rules/join-deadlock'
import { missingCondition } from './rules/missing-condition'
import { noPathToEnd } from './rules/no-path-to-end'
import { outgoingCount } from './rules/outgoing-count'
import { ratioMissing } from './rules/ratio-missing'
import { ratioWithAnyRejection } from './rules/ratio-with-any-rejection'
import { remindWithoutMax } from './rules/remind-without-max'
import { returnTarget } from './rules/return-target'
import { startCount } from './rules/start-count'
import { startIncoming } from './rules/start-incoming'
import { unknownAssigneeField } from './rules/unknown-assignee-field'
import { unknownMappingField } from './rules/unknown-mapping-field'
import { unknownMatter } from './rules/unknown-matter'
import { unknownPermissionField } from './rules/unknown-permission-field'
import { unknownRole } from './rules/unknown-role'
import { unmatchedSplitJoin } from './rules/unmatched-split-join'
import { unreachableNode } from './rules/unreachable-node'

export type { FlowCheck, FlowCheckContext } from './flow-check'

/** Every static flow check, in reporting order: structure, then paths, gateways, references, settings. */
export const FLOW_CHECKS: readonly FlowCheck[] = [
  startCount,
  endExists,
  duplicateNodeId,
  duplicateEdgeId,
  danglingEdge,
  startIncoming,
  endOutgoing,
  outgoingCount,
  unreachableNode,
  noPathToEnd,
  cycle,
  defaultBranch,
  missingCondition,
  conditionOutsideSplit,
  invalidExpression,
  unmatchedSplitJoin,
  joinDeadlock,
  unknownPermissionField,
  unknownRole,
  unknownAssigneeField,
  unknownMappingField,
  unknownMatter,
  ratioWithAnyRejection,
  ratioMissing,
  returnTarget,
  remindWithoutMax,
  commentRequiredNotAllowed,
  emptyAssigneeTarget,
]

export function runFlowChecks(context: FlowCheckContext): ReturnType<typeof runChecks> {
  return runChecks(FLOW_CHECKS, context)
}
