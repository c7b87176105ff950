import { isPlainObject, readMember } from '../values'
import { ownKeyCount } from './coerce'
import { argumentError, isBlank, type ExpressionFunction } from './function-definition'

/** Functions over text, arrays and objects as collections. */
export const COLLECTION_FUNCTIONS: readonly ExpressionFunction[] = [
  {
    name: 'len',
    signature: 'len(value)',
    minArgs: 1,
    maxArgs: 1,
    summary: {
      'zh-CN': '长度：文本的字符数、数组的元素数、对象的属性数；空值为 0。',
      en: 'Length: characters of a text, items of an array, keys of an object; 0 for blank.',
    },
    call([value], position) {
      if (value === null || value === undefined) return 0
      if (typeof value === 'string' || Array.isArray(value)) return value.length
      if (isPlainObject(value)) return ownKeyCount(value)
      throw argumentError('len', 0, { zh: '文本、数组或对象', en: 'a text, an array or an object' }, position)
    },
  },
  {
    name: 'includes',
    signature: 'includes(textOrArray, item)',
    minArgs: 2,
    maxArgs: 2,
    summary: {
      'zh-CN': '文本是否包含子串，或数组是否包含某元素（区分大小写）；空值为 false。',
      en: 'Whether a text contains a substring or an array contains an item (case-sensitive); false for blank.',
    },
    call([collection, item], position) {
      return membership('includes', collection, item, false, position)
    },
  },
  {
    name: 'contains',
    signature: 'contains(textOrArray, item)',
    minArgs: 2,
    maxArgs: 2,
    summary: {
      'zh-CN': '同 includes，但比较文本时不区分大小写（适合检索关键词）。',
      en: 'Like includes, but text comparisons ignore case (for keyword searches).',
    },
    call([collection, item], position) {
      return membership('contains', collection, item, true, position)
    },
  },
  {
    name: 'isEmpty',
    signature: 'isEmpty(value)',
    minArgs: 1,
    maxArgs: 1,
    summary: {
      'zh-CN': '是否为空：null、未填、空白文本、空数组、空对象为 true；数字和布尔值为 false。',
      en: 'Whether blank: null, unset, whitespace-only text, empty array or object; numbers and booleans are not.',
    },
    call([value]) {
      if (value === null || value === undefined) return true
      if (typeof value === 'string') return value.trim() === ''
      if (Array.isArray(value)) return value.length === 0
      if (isPlainObject(value)) return ownKeyCount(value) === 0
      return false
    },
  },
  {
    name: 'count',
    signature: 'count(array[, fieldName])',
    minArgs: 1,
    maxArgs: 2,
    summary: {
      'zh-CN': '数组中非空元素的个数；给出字段名时，统计该字段非空的行数。',
      en: 'Number of non-blank items of an array; with a field name, rows whose field is not blank.',
    },
    call([rows, field], position) {
      if (rows === null || rows === undefined) return 0
      if (!Array.isArray(rows)) throw argumentError('count', 0, { zh: '数组', en: 'an array' }, position)
      if (field !== undefined && typeof field !== 'string') {
        throw argumentError('count', 1, { zh: '字段名（字符串）', en: 'a field name (string)' }, position)
      }
      const values = field === undefined ? rows : rows.map((row) => readMember(row, field, position))
      return values.filter((v) => !isBlank(v)).length
    },
  },
  {
    name: 'coalesce',
    signature: 'coalesce(a, b, …)',
    minArgs: 1,
    maxArgs: Infinity,
    summary: {
      'zh-CN': '返回第一个非空（不是 null、未填或空文本）的参数；全部为空时为 null。',
      en: 'The first argument that is not blank (null, unset or empty text); null when all are.',
    },
    call(args) {
      for (const value of args) if (!isBlank(value)) return value
      return null
    },
  },
]

// helpers

function membership(
  fn: string,
  collection: unknown,
  item: unknown,
  ignoreCase: boolean,
  position?: number,
): boolean {
  if (collection === null || collection === undefined) return false
  const fold = (v: unknown) => (ignoreCase && typeof v === 'string' ? v.toLowerCase() : v)
  if (typeof collection === 'string') {
    if (item === null || item === undefined) return false
    if (typeof item === 'object') throw argumentError(fn, 1, { zh: '文本', en: 'text' }, position)
    return (fold(collection) as string).includes(fold(String(item)) as string)
  }
  if (Array.isArray(collection)) {
    const wanted = fold(item)
    return collection.some((v) => sameValueZero(fold(v), wanted))
  }
  throw argumentError(fn, 0, { zh: '文本或数组', en: 'a text or an array' }, position)
}

function sameValueZero(a: unknown, b: unknown): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b))
}
