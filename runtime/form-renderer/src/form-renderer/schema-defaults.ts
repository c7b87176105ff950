import { isField, type Form } from '@formily/core'
import { toJS } from '@formily/reactive'

/**
 * Give every shown field that has no value its schema `default` again — after the values were
 * replaced as a whole (Formily applies defaults only when a field is created). Rows an array no
 * longer has are left alone, and so are hidden fields (their values are not submitted).
 */
export function applyMissingDefaults(form: Form): void {
  form.query('*').forEach((field) => {
    if (!isField(field) || field.display !== 'visible') return
    const initial = field.initialValue as unknown
    if (initial === undefined || field.value !== undefined) return
    if (!rowsExist(form, String(field.path))) return
    field.value = toJS(initial)
  })
}

// helpers

/** Every array index on the path is a row the values still have. */
function rowsExist(form: Form, path: string): boolean {
  const segments = path.split('.')
  for (let i = 1; i < segments.length; i++) {
    const segment = segments[i] as string
    if (!/^\d+$/.test(segment)) continue
    const rows = form.getValuesIn(segments.slice(0, i).join('.')) as unknown
    if (!Array.isArray(rows) || rows.length <= Number(segment)) return false
  }
  return true
}
