import { cloneData } from '../shared/clone'
import type { FormDocument } from '@tongban/schemas'
import { resolveFieldAccess, toPermissions } from '../access/field-access'
import { checkMessage, lookupMessage, type FormLanguage } from '../messages/catalogue'
import { mountForm } from '../mount/mount-form'
import { dataTree } from '../schema/data-tree'
import { onExpressionFailure, type ExpressionFailure } from '../setup/safe-compiler'
import { setupFormRuntime } from '../setup/setup-form-runtime'
import { guardFieldAccess } from './access-guard'
import { collectValues } from './collect-values'
import { stripComputed } from './computed-fields'
import { materialsErrors } from './materials-check'
import { isPlainObject, toPattern } from './paths'
import { structuralErrors } from './structural-checks'
import { toFormError } from './to-form-error'
import type { FormError, ValidateSubmissionOptions, ValidationResult } from './types'
import { rejectUnknownFields } from './unknown-fields'

/**
 * Validate submitted form data with the same rules the browser runs: the schema is mounted in
 * Formily without React (same reactions, same safe expressions, same shared rules), validated, and
 * the gaps Formily leaves are closed here: types and options are checked, unknown keys are errors,
 * values of hidden fields are dropped, computed fields are recomputed, and a task node's field
 * permissions are enforced. A hidden required field does not block; a visible one does.
 *
 * @example
 * const result = await validateSubmission(bundle.form, req.body.data, {
 *   fieldAccess: node.fieldPermissions, previousData: caseRecord.data, scope: { $applicant, $today },
 * })
 * if (!result.ok) return reply(422, { errors: result.errors })
 * save(result.values)
 */
export async function validateSubmission(
  form: FormDocument,
  data: unknown,
  options: ValidateSubmissionOptions = {},
): Promise<ValidationResult> {
  setupFormRuntime()
  const lang: FormLanguage = options.lang ?? 'zh-CN'
  if (!isPlainObject(data)) {
    return { ok: false, values: {}, errors: [toFormError('', checkMessage('not-an-object'), lang)] }
  }
  const tree = dataTree(form)
  const input = cloneData(data)
  const errors: FormError[] = []

  rejectUnknownFields(tree, input, '', errors, lang)
  if (options.fieldAccess) {
    const previous = isPlainObject(options.previousData) ? options.previousData : {}
    guardFieldAccess(tree, input, previous, toPermissions(options.fieldAccess), errors, lang)
  }
  stripComputed(tree, input)

  const failures: ExpressionFailure[] = []
  let mounted: ReturnType<typeof mountForm> | undefined
  const stop = onExpressionFailure((failure, owner) => {
    if (!mounted || owner === mounted.form) failures.push(failure)
  })
  try {
    mounted = mountForm(form, { values: input, ...(options.scope ? { scope: options.scope } : {}) })
    const { form: formily, nodes } = mounted
    const editable = (path: string) => resolveFieldAccess(options.fieldAccess, toPattern(path)) === 'edit'

    errors.push(...structuralErrors(nodes, lang).filter((e) => editable(e.path)))
    if (options.materials) errors.push(...materialsErrors(nodes, options.materials, lang).filter((e) => editable(e.path)))
    try {
      await formily.validate()
    } catch {
      // validate() rejects with the feedback list; the errors are read from the form below.
    }
    for (const feedback of formily.errors) {
      const path = String(feedback.path ?? '')
      if (!editable(path) || errors.some((e) => e.path === path && e.code === 'type-mismatch')) continue
      const title = formily.query(path).get('title')
      for (const text of feedback.messages ?? []) {
        errors.push(toFormError(path, lookupMessage(String(text)), lang, title))
      }
    }
    const values = collectValues(nodes)
    for (const f of failures) errors.push(expressionError(f, lang))
    return { ok: errors.length === 0, values, errors }
  } catch (error) {
    for (const f of failures) errors.push(expressionError(f, lang))
    if (failures.length === 0) errors.push(expressionError(unexpected(error), lang))
    return { ok: false, values: {}, errors }
  } finally {
    stop()
    mounted?.dispose()
  }
}

// helpers

function expressionError(f: ExpressionFailure, lang: FormLanguage): FormError {
  const message = checkMessage('expression-error', { detail: `${f.message}（${f.source}）`, detailEn: `${f.messageEn} (${f.source})` })
  return toFormError(f.path ?? '', message, lang)
}

function unexpected(error: unknown): ExpressionFailure {
  const text = String((error as Error)?.message ?? error)
  return { source: '', code: 'expression.failed', message: text, messageEn: text }
}
