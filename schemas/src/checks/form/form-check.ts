import type { DocumentCheck } from '../check'
import type { FormDocument } from '../../form/form.schema'
import type { FormFacts, FormNodeVisit } from './form-model'

export interface FormCheckContext {
  readonly form: FormDocument
  readonly facts: FormFacts
  /** Every node, parents first (see `walkForm`). */
  readonly nodes: readonly FormNodeVisit[]
  /** `$`-names expressions may read here: the standard form context plus any the host injects. */
  readonly expressionContext: readonly string[]
}

export type FormCheck = DocumentCheck<FormCheckContext>

/** Context names every form expression may read (Formily's scope plus Tongban's). */
export const FORM_EXPRESSION_CONTEXT: readonly string[] = [
  '$self',
  '$deps',
  '$values',
  '$record',
  '$index',
  '$form',
  '$applicant',
  '$node',
  '$today',
  '$now',
]

/** `“申请人”(applicant)` or the data path: how messages name a form node. */
export function fieldLabel(v: FormNodeVisit): string {
  const name = v.key ?? v.dataPath.join('.')
  return v.node.title ? `“${v.node.title}”(${name})` : `“${name}”`
}
