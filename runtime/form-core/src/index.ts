/**
 * @tongban/form-core — the headless form logic shared by the browser renderer and the server.
 *
 * Call {@link setupFormRuntime} once (it is idempotent), then validate submissions with
 * {@link validateSubmission}: the same Formily reactions, safe expressions and shared rules as the
 * browser, plus the checks Formily leaves out (types, options, unknown keys, hidden values,
 * computed fields, per-node field access). No React, no I/O.
 */
export { setupFormRuntime, setFormLanguage, type FormRuntimeOptions } from './setup/setup-form-runtime'
export { safeFormilyCompiler, onExpressionFailure, type ExpressionFailure } from './setup/safe-compiler'
export { syncValidationRules, currentLanguage } from './setup/register-rules'
export { sharedRulesPatch } from './setup/rules-patch'
export {
  BUILTIN_MESSAGES,
  CHECK_MESSAGES,
  lookupMessage,
  type BilingualMessage,
  type FormLanguage,
} from './messages/catalogue'
export { validateSubmission } from './validate/validate-submission'
export type { FormError, ValidateSubmissionOptions, ValidationResult } from './validate/types'
export { toPattern } from './validate/paths'
export { mountForm, type MountedForm, type MountedNode, type MountOptions } from './mount/mount-form'
export { listFields, type FieldInfo } from './schema/list-fields'
export { dataTree, flattenTree, orderedProperties, type DataNode } from './schema/data-tree'
export {
  applyFieldAccess,
  fieldAccessFor,
  resolveFieldAccess,
  toPermissions,
  type ApplyFieldAccessOptions,
  type FieldAccessMap,
} from './access/field-access'
export {
  autoFillValues,
  bindingValue,
  type ApplicantProfile,
  type AutoFillOptions,
  type AutoFillResult,
} from './autofill/auto-fill'
export {
  valuesFromPreviousCase,
  DEFAULT_SKIPPED_COMPONENTS,
  type CopyPreviousOptions,
} from './autofill/copy-previous'
export { parityFixtures, type ParityFixture } from './parity/parity-fixtures'
export { syntheticForm, type SyntheticFormOptions } from './synthetic/synthetic-form'
export { missingMaterials, type MaterialFile } from './materials/check-materials'
export { registerWidgetDefinition, type WidgetDefinition } from './widgets/register-widget-definition'
