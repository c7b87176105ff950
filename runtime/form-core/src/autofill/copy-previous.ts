import { cloneData } from '../shared/clone'
import type { FormDocument } from '@tongban/schemas'
import { dataTree, type DataNode } from '../schema/data-tree'

export interface CopyPreviousOptions {
  /** Components whose values are never copied (they belong to one case). */
  skipComponents?: readonly string[]
  /** More field paths (`listFields` form) not to copy. */
  skipPaths?: readonly string[]
}

/** Components whose values belong to one case only. */
export const DEFAULT_SKIPPED_COMPONENTS: readonly string[] = ['MaterialUpload', 'Upload', 'Signature', 'OpinionBox']

/**
 * "Copy from my last case of this matter": the values of `previous` that still fit this form.
 * Unknown keys are dropped (the form may have changed since), and so are computed fields (they are
 * recomputed), uploads, signatures and opinions.
 *
 * @example
 * const { values, copied } = valuesFromPreviousCase(form, lastCase.data)
 */
export function valuesFromPreviousCase(
  form: FormDocument,
  previous: Record<string, unknown>,
  options: CopyPreviousOptions = {},
): { values: Record<string, unknown>; copied: string[] } {
  const skipComponents = new Set(options.skipComponents ?? DEFAULT_SKIPPED_COMPONENTS)
  const skipPaths = new Set(options.skipPaths ?? [])
  const copied: string[] = []
  const skip = (d: DataNode) =>
    skipPaths.has(d.pattern) || d.node['x-tongban']?.computed === true || skipComponents.has(d.node['x-component'] ?? '')

  const copyObject = (nodes: readonly DataNode[], source: Record<string, unknown>): Record<string, unknown> => {
    const out: Record<string, unknown> = {}
    for (const d of nodes) {
      if (skip(d) || !(d.key in source)) continue
      const value = source[d.key]
      if (d.kind === 'object' && isObject(value)) {
        const child = copyObject(d.children, value)
        if (Object.keys(child).length > 0) out[d.key] = child
      } else if (d.kind === 'array' && d.children.length > 0 && Array.isArray(value)) {
        out[d.key] = value.map((row) => (isObject(row) ? copyObject(d.children, row) : {}))
        copied.push(d.pattern)
      } else if (value !== undefined) {
        out[d.key] = cloneData(value)
        copied.push(d.pattern)
      }
    }
    return out
  }
  return { values: copyObject(dataTree(form), isObject(previous) ? previous : {}), copied }
}

// helpers

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
