import type { Field, Form, GeneralField } from '@formily/core'
import { isField } from '@formily/core'
import type { RendererLanguage } from '../i18n/messages'

/**
 * An error from the server (`422 { errors }`). `path` is a JSON pointer into the request body, as
 * the Tongban server reports it (`/data/records/0/archiveNo`), or a form path (`records.0.archiveNo`).
 */
export interface ServerFieldError {
  path: string
  message: string
  messageEn?: string
  code?: string
}

const CODE = 'ServerError'

/**
 * The form path a server error names. JSON pointers (RFC 6901) lose the leading `/data` (the form
 * data inside the request body) and are unescaped; form paths are returned as they are. `''` is the
 * whole form.
 * @example toFormPath('/data/records/0/archiveNo') // 'records.0.archiveNo'
 */
export function toFormPath(path: string): string {
  if (!path.startsWith('/')) return path
  const parts = path
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
  if (parts[0] === 'data') parts.shift()
  return parts.join('.')
}

/**
 * Show server errors on their fields (until the user edits the field). An error deeper than any
 * field (a file inside an upload list, a cell of a widget's value) goes to the nearest field that
 * shows messages. Returns the errors shown on no field — unknown fields, whole-form errors, fields
 * the user cannot see — for the app to show elsewhere.
 */
export function setServerErrors(form: Form, errors: readonly ServerFieldError[], lang: RendererLanguage): ServerFieldError[] {
  clearServerErrors(form)
  const unmatched: ServerFieldError[] = []
  const byField = new Map<Field, string[]>()
  for (const e of errors) {
    const field = fieldFor(form, toFormPath(e.path))
    if (!field) {
      unmatched.push(e)
      continue
    }
    const text = lang === 'en' && e.messageEn ? e.messageEn : e.message
    byField.set(field, [...(byField.get(field) ?? []), text])
  }
  for (const [field, messages] of byField) field.setFeedback({ type: 'error', code: CODE, messages })
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

// helpers

/**
 * The field at `path`, else its nearest ancestor, that shows messages (has a decorator). None when
 * that field is hidden: the user could not see the message there.
 */
function fieldFor(form: Form, path: string): Field | undefined {
  const segments = path === '' ? [] : path.split('.')
  for (let n = segments.length; n > 0; n--) {
    const found = fieldAt(form, segments.slice(0, n).join('.'))
    if (!found || !hasDecorator(found)) continue
    return found.display === 'visible' ? found : undefined
  }
  return undefined
}

function fieldAt(form: Form, path: string): Field | undefined {
  // Void containers are not in a field's path; match on the path, not the address.
  const found = form.query(path).take() as GeneralField | undefined
  return found && isField(found) ? found : undefined
}

function hasDecorator(field: Field): boolean {
  const decorator = field.decorator as unknown
  return Array.isArray(decorator) && !!decorator[0]
}
