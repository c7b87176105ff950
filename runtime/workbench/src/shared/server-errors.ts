/** A 422 error item as the server sends it. */
export interface ServerError {
  path: string
  code?: string
  message: string
  messageEn?: string
}

/**
 * The server names fields by JSON pointer under the body (`/data/records/0/archiveNo`); the form
 * names them by Formily path (`records.0.archiveNo`). Errors outside `/data` keep their path.
 * @example toFormPath('/data/records/0/archiveNo') // 'records.0.archiveNo'
 */
export function toFormPath(pointer: string): string {
  if (!pointer.startsWith('/')) return pointer
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
  if (parts[0] === 'data' || parts[0] === 'body') parts.shift()
  if (parts[0] === 'data') parts.shift()
  return parts.join('.')
}

/** Server errors with form paths, ready for `FormRendererHandle.setServerErrors`. */
export function toFormErrors(errors: readonly ServerError[]): ServerError[] {
  return errors.map((e) => ({ ...e, path: toFormPath(e.path) }))
}

/** Only the keys the node may edit (the server rejects the rest as `field-not-editable`). */
export function pickFields(
  values: Record<string, unknown>,
  keys: readonly string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const k of keys) if (k in values) out[k] = values[k]
  return out
}
