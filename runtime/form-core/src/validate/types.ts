import type { FieldPermissions, Material } from '@tongban/schemas'
import type { FieldAccessMap } from '../access/field-access'
import type { FormLanguage } from '../messages/catalogue'

/** One problem with submitted form data, on one field. */
export interface FormError {
  /** Data path of the field, array rows by index: `applicantName`, `members.1.name` (`''` = the whole data). */
  path: string
  /**
   * Stable code: a Formily rule (`required`, `maxLength`, `pattern`, `email`…), a shared rule
   * (`idcard`, `phone`…), or one of our checks: `unknown-field`, `field-not-editable`,
   * `type-mismatch`, `not-in-enum`, `not-an-object`, `materials-missing`, `expression-error`; `invalid` for a
   * designer's own message.
   */
  code: string
  /** Message in the requested language (zh-CN by default). */
  message: string
  /** English message. */
  messageEn: string
  /** Title of the field, when it has one (to name it outside the form, e.g. in a list of errors). */
  title?: string
}

export interface ValidateSubmissionOptions {
  /**
   * The current task node's field permissions. Fields it may not edit keep their previous values;
   * a changed value is rejected with `field-not-editable`. Absent: the applicant's own form, all editable.
   * Either the node's `fieldPermissions` or a resolved map (the flow engine's `nodeFieldAccess(...).access`).
   */
  fieldAccess?: FieldPermissions | FieldAccessMap
  /** The case data before this submission (compared against for `fieldAccess`). */
  previousData?: Record<string, unknown>
  /** Context for expressions: `$applicant`, `$node`, `$case`, `$today`… */
  scope?: Record<string, unknown>
  /** The matter's materials: a displayed `MaterialUpload` field must hold a file for each required one (`materials-missing`). */
  materials?: readonly Material[]
  /** Language of `message` (default `zh-CN`); `messageEn` is always English. */
  lang?: FormLanguage
}

export interface ValidationResult {
  ok: boolean
  /** The data to store: known, visible fields only, computed fields recomputed, non-editable fields as before. */
  values: Record<string, unknown>
  errors: FormError[]
}
