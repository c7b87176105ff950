import { isVoidField, type Form, type GeneralField } from '@formily/core'

/**
 * Whether a layout container shows anything: some data field under it is visible, or some visible
 * leaf that holds no fields (a text, a button). Before its children exist (the first render) it
 * counts as showing. Read inside an `observer`, it re-renders when a child appears or is hidden.
 */
export function hasVisibleContent(form: Form, container: GeneralField): boolean {
  const prefix = `${String(container.address)}.`
  const inside: GeneralField[] = []
  for (const [address, field] of Object.entries(form.fields)) if (address.startsWith(prefix)) inside.push(field)
  if (inside.length === 0) return true
  const parents = new Set(inside.map((f) => String(f.parent?.address)))
  return inside.some((f) => f.display === 'visible' && (!isVoidField(f) || !parents.has(String(f.address))))
}
