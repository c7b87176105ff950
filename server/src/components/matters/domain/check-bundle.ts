import { validateBundle, type BundleValidationOptions, type Issue } from '@tongban/schemas'

/**
 * Every problem of a bundle: its shape against the contract and the semantic checks of the schemas
 * package (flow graph, expressions, field references). `options` narrows the cross-document checks
 * (known organisation roles, known matter codes for sub-flows) when the caller has them.
 */
export function checkBundle(value: unknown, options: BundleValidationOptions = {}): Issue[] {
  return validateBundle(value, options)
}

export function errorsOnly(issues: readonly Issue[]): Issue[] {
  return issues.filter((i) => i.severity === 'error')
}
