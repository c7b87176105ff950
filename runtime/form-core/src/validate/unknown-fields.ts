import type { DataNode } from '../schema/data-tree'
import { checkMessage } from '../messages/catalogue'
import type { FormError } from './types'
import { isPlainObject, join } from './paths'
import { toFormError } from './to-form-error'

/**
 * Keys the form does not know are errors (`unknown-field`), never silently kept: a client cannot
 * smuggle data into a case. The keys are removed from `input` (mutated) so the rest still validates.
 */
export function rejectUnknownFields(
  nodes: readonly DataNode[],
  input: Record<string, unknown>,
  base: string,
  errors: FormError[],
  lang: 'zh-CN' | 'en',
): void {
  const known = new Map(nodes.map((d) => [d.key, d]))
  for (const key of Object.keys(input)) {
    const d = known.get(key)
    if (!d) {
      errors.push(toFormError(join(base, key), checkMessage('unknown-field'), lang))
      delete input[key]
      continue
    }
    const value = input[key]
    if (d.kind === 'object' && isPlainObject(value)) rejectUnknownFields(d.children, value, join(base, key), errors, lang)
    if (d.kind === 'array' && d.children.length > 0 && Array.isArray(value)) {
      value.forEach((row, i) => {
        if (isPlainObject(row)) rejectUnknownFields(d.children, row, join(join(base, key), i), errors, lang)
      })
    }
  }
}
