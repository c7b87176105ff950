import { FlowDocument, validateAgainst, type FormDocument, type Issue } from '@tongban/schemas'
import { locateIssues, type LocatedIssue } from './locate-issues'

/**
 * The live checks of the flow designer: the contract's schema validation now; the static flow
 * checks of @tongban/schemas (reachability, dangling joins, unknown fields in conditions…) join here.
 */
export function runFlowChecks(flow: FlowDocument, form?: FormDocument): LocatedIssue[] {
  void form
  const issues: Issue[] = [...validateAgainst(FlowDocument, flow).issues]
  return locateIssues(flow, issues)
}
