import { aggregateInput, toNumber } from './coerce'
import { argumentError, type ExpressionFunction } from './function-definition'

const aggregateSummary = (zh: string, en: string) => ({
  'zh-CN': `${zh}：可传数组、数组加字段名（如表格某列）或多个数值；忽略空值，数字文本按数值计算。`,
  en: `${en}: of an array, of one field of an array's rows (a table column) or of several values; blanks are skipped, numeric text counts as a number.`,
})

/** Arithmetic and aggregates. Blank inputs give `null` (not 0) so "not filled in" stays visible. */
export const MATH_FUNCTIONS: readonly ExpressionFunction[] = [
  {
    name: 'sum',
    signature: 'sum(array[, fieldName]) | sum(a, b, …)',
    minArgs: 1,
    maxArgs: Infinity,
    summary: aggregateSummary('求和（无值时为 0）', 'Sum (0 when there are no values)'),
    call(args, position) {
      return aggregateInput('sum', args, position).reduce((a, b) => a + b, 0)
    },
  },
  {
    name: 'min',
    signature: 'min(array[, fieldName]) | min(a, b, …)',
    minArgs: 1,
    maxArgs: Infinity,
    summary: aggregateSummary('最小值（无值时为 null）', 'Minimum (null when there are no values)'),
    call(args, position) {
      const values = aggregateInput('min', args, position)
      return values.length === 0 ? null : values.reduce((a, b) => Math.min(a, b))
    },
  },
  {
    name: 'max',
    signature: 'max(array[, fieldName]) | max(a, b, …)',
    minArgs: 1,
    maxArgs: Infinity,
    summary: aggregateSummary('最大值（无值时为 null）', 'Maximum (null when there are no values)'),
    call(args, position) {
      const values = aggregateInput('max', args, position)
      return values.length === 0 ? null : values.reduce((a, b) => Math.max(a, b))
    },
  },
  {
    name: 'avg',
    signature: 'avg(array[, fieldName]) | avg(a, b, …)',
    minArgs: 1,
    maxArgs: Infinity,
    summary: aggregateSummary('平均值（无值时为 null）', 'Average (null when there are no values)'),
    call(args, position) {
      const values = aggregateInput('avg', args, position)
      return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length
    },
  },
  {
    name: 'round',
    signature: 'round(x[, digits])',
    minArgs: 1,
    maxArgs: 2,
    summary: {
      'zh-CN':
        '四舍五入到 digits 位小数（默认 0，0–10），按十进制计算：round(1.005, 2) = 1.01；空值为 null。',
      en: 'Round half away from zero to `digits` decimals (default 0, 0–10), in decimal: round(1.005, 2) = 1.01; null for blank.',
    },
    call([x, digits = 0], position) {
      const n = toNumber(x)
      if (n === null) return null
      if (typeof digits !== 'number' || !Number.isInteger(digits) || digits < 0 || digits > 10) {
        throw argumentError('round', 1, { zh: '0 到 10 的整数', en: 'an integer from 0 to 10' }, position)
      }
      return roundDecimal(n, digits)
    },
  },
  unary('abs', '绝对值', 'Absolute value', Math.abs),
  unary('floor', '向下取整', 'Round down', Math.floor),
  unary('ceil', '向上取整', 'Round up', Math.ceil),
  {
    name: 'number',
    signature: 'number(value)',
    minArgs: 1,
    maxArgs: 1,
    summary: {
      'zh-CN': '转换为数值：空值为 null，无法识别的文本为 NaN，true/false 为 1/0。',
      en: 'Convert to a number: blank gives null, unparsable text NaN, true/false 1/0.',
    },
    call([value]) {
      return toNumber(value)
    },
  },
]

// helpers

function unary(name: string, zh: string, en: string, fn: (n: number) => number): ExpressionFunction {
  return {
    name,
    signature: `${name}(x)`,
    minArgs: 1,
    maxArgs: 1,
    summary: { 'zh-CN': `${zh}；空值为 null。`, en: `${en}; null for blank.` },
    call([x]) {
      const n = toNumber(x)
      return n === null ? null : fn(n)
    },
  }
}

/** Shift by decimal exponent, not by multiplying: 1.005 * 100 is 100.49999999999999 in binary. */
function roundDecimal(n: number, digits: number): number {
  // Integers (all numbers from 2^53 up) have nothing to round; shifting them could overflow.
  if (!Number.isFinite(n) || Number.isInteger(n)) return n
  const magnitude = Math.abs(n)
  const text = String(magnitude)
  const rounded = text.includes('e')
    ? Math.round(magnitude * 10 ** digits) / 10 ** digits
    : Number(`${Math.round(Number(`${text}e${digits}`))}e-${digits}`)
  return n < 0 ? -rounded : rounded
}
