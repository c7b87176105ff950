import type { Issue } from '../common/issue'
import { runFormChecks, FORM_EXPRESSION_CONTEXT } from '../checks/form'
import { formFacts, walkForm, type FormNodeVisit } from '../checks/form/form-model'
import { FormDocument } from '../form/form.schema'
import { validateAgainst } from './ajv'

export interface FormValidationOptions {
  /** Extra `$`-names the host injects into Formily's scope (beyond the standard form context). */
  readonly context?: readonly string[]
}

/**
 * Validate a form: the supported Formily subset (schema), then registered components only, unique
 * field paths, no script or HTML content, valid expressions naming existing fields, resolvable
 * reaction dependencies, known validators, `required` lists naming own fields, computed fields with a
 * reaction that computes them, and ArrayTable columns that render.
 *
 * @example
 * validateForm({ schema: { type: 'object', properties: { a: { type: 'string', 'x-component': 'Marquee' } } } })
 * // → [{ path: '/schema/properties/a/x-component', code: 'form.unknown-component', … }]
 */
export function validateForm(document: unknown, options: FormValidationOptions = {}): Issue[] {
  const result = validateAgainst(FormDocument, document)
  return result.ok ? checkFormDocument(result.value, options) : result.issues
}

/** The semantic checks of a form already known to fit the schema. */
export function checkFormDocument(form: FormDocument, options: FormValidationOptions = {}): Issue[] {
  const nodes: FormNodeVisit[] = []
  walkForm(form, (v) => nodes.push(v))
  return runFormChecks({
    form,
    facts: formFacts(form),
    nodes,
    expressionContext: [...FORM_EXPRESSION_CONTEXT, ...(options.context ?? [])],
  })
}
