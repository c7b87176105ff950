import type { Issue } from '../common/issue'
import { runFlowChecks } from '../checks/flow'
import { buildFlowGraph } from '../checks/flow/graph/flow-graph'
import { formFacts } from '../checks/form/form-model'
import { FlowDocument } from '../flow/flow.schema'
import { FormDocument } from '../form/form.schema'
import { validateAgainst } from './ajv'

export interface FlowValidationOptions {
  /** The form of the same matter: enables checks of field names in conditions, permissions, rules. */
  readonly form?: unknown
  /** Organisation role codes of the directory: enables the unknown-role check. */
  readonly knownRoles?: Iterable<string>
  /** Matter codes that exist: enables the sub-flow matter check. */
  readonly knownMatterCodes?: Iterable<string>
}

/**
 * Validate a flow: its schema, then the static checks (`FLOW_CHECKS`): one start, ends reachable,
 * gateways with default branches, matched splits and joins, no join deadlocks, valid conditions,
 * known fields, roles and matters, consistent node settings. Checks that need the form, the roles
 * or the matter codes run only when those are given (a form that is itself invalid is ignored).
 *
 * @example
 * validateFlow(flow, { form, knownRoles: ['archivist'] })
 *   .filter((i) => i.target?.nodeId === 'a1')
 */
export function validateFlow(document: unknown, options: FlowValidationOptions = {}): Issue[] {
  const result = validateAgainst(FlowDocument, document)
  if (!result.ok) return result.issues
  const form = options.form === undefined ? undefined : validateAgainst(FormDocument, options.form)
  return checkFlowDocument(result.value, { ...options, form: form?.ok ? form.value : undefined })
}

/** The static checks of a flow already known to fit the schema (and of its form, if any). */
export function checkFlowDocument(
  flow: FlowDocument,
  options: Omit<FlowValidationOptions, 'form'> & { readonly form?: FormDocument | undefined },
): Issue[] {
  return runFlowChecks({
    flow,
    graph: buildFlowGraph(flow),
    ...(options.form ? { form: formFacts(options.form) } : {}),
    ...(options.knownRoles ? { knownRoles: new Set(options.knownRoles) } : {}),
    ...(options.knownMatterCodes ? { knownMatterCodes: new Set(options.knownMatterCodes) } : {}),
  })
}
