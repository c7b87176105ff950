import { pointerSegment } from '../common/issue'

/** A string found in a JSON value: a property value or array item (`key` false) or a key (`key` true). */
export interface JsonString {
  readonly text: string
  /** JSON pointer of the value, or of the property whose key this is. */
  readonly pointer: string
  readonly key: boolean
}

/** Every string in a JSON value, keys included, with its pointer. Iterative: depth is no concern. */
export function jsonStrings(root: unknown, rootPointer = ''): JsonString[] {
  const out: JsonString[] = []
  const stack: Array<[unknown, string]> = [[root, rootPointer]]
  while (stack.length > 0) {
    const [value, pointer] = stack.pop()!
    if (typeof value === 'string') out.push({ text: value, pointer, key: false })
    else if (Array.isArray(value)) value.forEach((item, i) => stack.push([item, `${pointer}/${i}`]))
    else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) {
        const child = `${pointer}/${pointerSegment(k)}`
        out.push({ text: k, pointer: child, key: true })
        stack.push([v, child])
      }
    }
  }
  return out.sort((a, b) => (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0))
}
