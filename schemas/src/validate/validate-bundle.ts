import type { Issue } from '../common/issue'
import { MatterBundle } from '../bundle/bundle.schema'
import { runBundleChecks } from '../checks/bundle'
import { prefixIssues } from './prefix'
import { validateAgainst } from './ajv'
import { runMatterChecks } from '../checks/matter'
import { checkFlowDocument, validateFlow } from './validate-flow'
import { checkFormDocument, validateForm, type FormValidationOptions } from './validate-form'
import { validateMatter } from './validate-matter'

export interface BundleValidationOptions extends FormValidationOptions {
  /** Organisation role codes of the directory. */
  readonly knownRoles?: Iterable<string>
  /** Matter codes that exist (for sub-flows). */
  readonly knownMatterCodes?: Iterable<string>
}

/**
 * Validate a matter version bundle as a whole: the bundle schema, each part's own checks (paths
 * prefixed `/matter`, `/form`, `/flow`), the flow against the bundle's form, and the bundle's own
 * checks (no sub-flow into itself, layout matching the flow). Parts that fail their schema are
 * reported by the schema only; the other parts are still checked in full.
 *
 * @example
 * const issues = validateBundle(bundle, { knownRoles: roleCodes, knownMatterCodes: allCodes })
 * const ok = !hasErrors(issues)
 */
export function validateBundle(document: unknown, options: BundleValidationOptions = {}): Issue[] {
  const whole = validateAgainst(MatterBundle, document)
  if (whole.ok) {
    // The whole fits the schema, so every part does: run the parts' checks without re-validating.
    const bundle = whole.value
    return [
      ...prefixIssues('/matter', runMatterChecks(bundle.matter)),
      ...prefixIssues('/form', checkFormDocument(bundle.form, options)),
      ...prefixIssues('/flow', checkFlowDocument(bundle.flow, { ...options, form: bundle.form })),
      ...runBundleChecks(bundle),
    ]
  }
  // Schema errors everywhere, plus the semantic checks of the parts that are themselves valid.
  const parts = (typeof document === 'object' && document !== null ? document : {}) as Record<string, unknown>
  const semantic = (prefix: string, part: unknown, validate: (p: unknown) => Issue[]) =>
    part === undefined
      ? []
      : prefixIssues(
          prefix,
          validate(part).filter((i) => !i.code.startsWith('schema.')),
        )
  return [
    ...whole.issues,
    ...semantic('/matter', parts.matter, validateMatter),
    ...semantic('/form', parts.form, (f) => validateForm(f, options)),
    ...semantic('/flow', parts.flow, (f) => validateFlow(f, { ...options, form: parts.form })),
  ]
}
