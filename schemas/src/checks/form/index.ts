import type { Issue } from '../../common/issue'
import { runChecks } from '../check'
import type { FormCheck, FormCheckContext } from './form-check'
import { arrayTableColumnDisplay } from './rules/array-table-column-display'
import { computedWithoutReaction } from './rules/computed-without-reaction'
import { duplicateField } from './rules/duplicate-field'
import { invalidExpression } from './rules/invalid-expression'
import { unknownComponent } from './rules/unknown-component'
import { unknownDependency } from './rules/unknown-dependency'
import { unknownRequiredField } from './rules/unknown-required-field'
import { unknownValidator } from './rules/unknown-validator'
import { unsafeContent } from './rules/unsafe-content'

export type { FormCheck, FormCheckContext } from './form-check'
export { FORM_EXPRESSION_CONTEXT } from './form-check'

/** Every form check, in reporting order. */
export const FORM_CHECKS: readonly FormCheck[] = [
  unknownComponent,
  duplicateField,
  unsafeContent,
  invalidExpression,
  unknownDependency,
  unknownValidator,
  unknownRequiredField,
  computedWithoutReaction,
  arrayTableColumnDisplay,
]

export function runFormChecks(context: FormCheckContext): Issue[] {
  return runChecks(FORM_CHECKS, context)
}
