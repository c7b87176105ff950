import { pointerSegment } from '../common/issue'

/** A string found in a JSON value: a property value or array item (`key` false) or a key (`key` true). */
export interface JsonString {
  readonly text: string
  /** JSON pointer of the value, or of the property whose key this is. */
  readonly pointer: string
  readonly key: boolean
}

/**
 * Every string in a JSON value, keys included, with its pointer, in document order (an object's keys
 * before its values). Iterative: depth is no concern.
 */
export function jsonStrings(root: unknown, rootPointer = ''): JsonString[] {
  const out: JsonString[] = []
  const stack: Array<[unknown, string]> = [[root, rootPointer]]
  while (stack.length > 0) {
    const [value, pointer] = stack.pop()!
    if (typeof value === 'string') out.push({ text: value, pointer, key: false })
    else if (Array.isArray(value)) {
      // Pushed in reverse so that they pop, and are reported, in document order.
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], `${pointer}/${i}`])
    } else if (typeof value === 'object' && value !== null) {
      const entries = Object.entries(value)
      for (const [k] of entries) out.push({ text: k, pointer: `${pointer}/${pointerSegment(k)}`, key: true })
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, v] = entries[i]!
        stack.push([v, `${pointer}/${pointerSegment(k)}`])
      }
    }
  }
  return out
}
