import { readMember } from '../values'
import { argumentError, isBlank } from './function-definition'

/**
 * Number conversion shared by the numeric functions: form inputs often hold numbers as text.
 * Blank → `null` (skipped by aggregates); unparsable text and non-primitives → `NaN`, as in JS.
 */
export function toNumber(value: unknown): number | null {
  if (isBlank(value)) return null
  if (typeof value === 'number') return value
  if (typeof value === 'boolean') return value ? 1 : 0
  if (typeof value === 'string') return value.trim() === '' ? null : Number(value)
  return Number.NaN
}

/**
 * The values an aggregate runs over: `fn(array)`, `fn(array, 'field')` (that field of each row of
 * an array table) or `fn(a, b, c…)`. Blank values are dropped.
 */
export function aggregateInput(fn: string, args: readonly unknown[], position?: number): number[] {
  const [first, field] = args
  let values: readonly unknown[]
  if (Array.isArray(first)) {
    if (field !== undefined && typeof field !== 'string') {
      throw argumentError(fn, 1, { zh: '字段名（字符串）', en: 'a field name (string)' }, position)
    }
    values = field === undefined ? first : first.map((row) => readMember(row, field, position))
  } else if (args.length === 1 && isBlank(first)) {
    values = []
  } else {
    values = args
  }
  const out: number[] = []
  for (const value of values) {
    const n = toNumber(value)
    if (n !== null) out.push(n)
  }
  return out
}

/** Text arguments: blank → `''`, numbers and booleans as JS prints them, anything else refused. */
export function toText(fn: string, index: number, value: unknown, position?: number): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  throw argumentError(fn, index, { zh: '文本', en: 'text' }, position)
}

export function ownKeyCount(value: Record<string, unknown>): number {
  return Object.keys(value).length
}
