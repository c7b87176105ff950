import type { AssigneeRule } from '../../flow/assignee.schema'
import type { FlowNode } from '../../flow/flow.schema'
import type { FieldPermissions, MultiApprover, NodePolicies } from '../../flow/policies.schema'

/** Typed access to the optional settings that only some node types carry. */
export function assigneesOf(node: FlowNode): readonly AssigneeRule[] {
  return 'assignees' in node ? node.assignees : []
}

export function fieldPermissionsOf(node: FlowNode): FieldPermissions | undefined {
  return 'fieldPermissions' in node ? node.fieldPermissions : undefined
}

export function multiOf(node: FlowNode): MultiApprover | undefined {
  return 'multi' in node ? node.multi : undefined
}

export function policiesOf(node: FlowNode): NodePolicies | undefined {
  return 'policies' in node ? node.policies : undefined
}
