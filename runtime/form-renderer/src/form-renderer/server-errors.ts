import type { Field, Form } from '@formily/core'
import { isField } from '@formily/core'
import type { RendererLanguage } from '../i18n/messages'

/** An error from the server (`422 { errors }`), as `validateSubmission` reports it. */
export interface ServerFieldError {
  path: string
  message: string
  messageEn?: string
  code?: string
}

const CODE = 'ServerError'

/**
 * Show server errors on their fields (until the user edits the field). Returns the errors that
 * match no rendered field (e.g. `unknown-field`, or whole-form errors) for the app to show elsewhere.
 */
export function setServerErrors(form: Form, errors: readonly ServerFieldError[], lang: RendererLanguage): ServerFieldError[] {
  clearServerErrors(form)
  const unmatched: ServerFieldError[] = []
  const byPath = new Map<string, string[]>()
  for (const e of errors) {
    const field = e.path ? form.query(e.path).take() : undefined
    if (!field || !isField(field)) {
      unmatched.push(e)
      continue
    }
    const text = lang === 'en' && e.messageEn ? e.messageEn : e.message
    byPath.set(e.path, [...(byPath.get(e.path) ?? []), text])
  }
  for (const [path, messages] of byPath) {
    const field = form.query(path).take()
    if (field && isField(field)) field.setFeedback({ type: 'error', code: CODE, messages })
  }
  return unmatched
}

export function clearServerErrors(form: Form): void {
  form.query('*').forEach((field) => {
    if (isField(field)) clearFieldServerErrors(field)
  })
}

export function clearFieldServerErrors(field: Field): void {
  field.setFeedback({ type: 'error', code: CODE, messages: [] })
}
