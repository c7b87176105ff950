import { validateFlow, type FormDocument } from '@tongban/schemas'
import { locateIssues, type LocatedIssue } from './locate-issues'

/**
 * The live checks of the flow designer: the static flow checks of @tongban/schemas (schema,
 * reachability, joins, conditions naming unknown fields…), located on nodes and edges.
 */
export function runFlowChecks(flow: unknown, form?: FormDocument, knownRoles?: readonly string[]): LocatedIssue[] {
  const issues = validateFlow(flow, { ...(form ? { form } : {}), ...(knownRoles ? { knownRoles } : {}) })
  return locateIssues(flow as Parameters<typeof locateIssues>[0], issues)
}
