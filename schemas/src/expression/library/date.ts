import { toNumber } from './coerce'
import {
  civilFromDays,
  dayOfWeek,
  daysFromCivil,
  formatCivilDate,
  isValidCivilDate,
  parseCivilDate,
  type CivilDate,
} from './civil-date'
import { argumentError, type ExpressionFunction } from './function-definition'

/**
 * Date helpers on `YYYY-MM-DD` text. There is no `today()`/`now()`: the current date comes from
 * the scope (`$today`, `$now`), set by the host, so evaluation stays deterministic and replayable.
 * Blank or invalid dates give `null` (and `false` for the comparisons).
 */
export const DATE_FUNCTIONS: readonly ExpressionFunction[] = [
  {
    name: 'date',
    signature: 'date(text)',
    minArgs: 1,
    maxArgs: 1,
    summary: {
      'zh-CN': '规范化日期为 YYYY-MM-DD（接受 2026-3-2、2026/03/02、ISO 日期时间）；无效为 null。',
      en: 'Normalise a date to YYYY-MM-DD (accepts 2026-3-2, 2026/03/02, ISO date-times); null when invalid.',
    },
    call([value]) {
      const d = civil(value)
      return d && formatCivilDate(d)
    },
  },
  {
    name: 'addDays',
    signature: 'addDays(date, n)',
    minArgs: 2,
    maxArgs: 2,
    summary: {
      'zh-CN': '日期加 n 个自然日（n 可为负；工作日计算由日历完成，不在表达式中）。',
      en: 'Add n calendar days (n may be negative; working days are the calendar’s job, not expressions’).',
    },
    call([value, n], position) {
      const d = civil(value)
      const days = toNumber(n)
      if (days === null || !Number.isInteger(days)) {
        throw argumentError('addDays', 1, { zh: '整数', en: 'an integer' }, position)
      }
      if (!d) return null
      const result = civilFromDays(daysFromCivil(d) + days)
      return isValidCivilDate(result) ? formatCivilDate(result) : null
    },
  },
  {
    name: 'diffDays',
    signature: 'diffDays(from, to)',
    minArgs: 2,
    maxArgs: 2,
    summary: {
      'zh-CN': '从 from 到 to 的自然日天数（to 减 from；to 更早时为负）。',
      en: 'Calendar days from `from` to `to` (to minus from; negative when `to` is earlier).',
    },
    call([from, to]) {
      const a = civil(from)
      const b = civil(to)
      return a && b ? daysFromCivil(b) - daysFromCivil(a) : null
    },
  },
  part('year', '年份', 'The year', (d) => d.year),
  part('month', '月份（1–12）', 'The month (1–12)', (d) => d.month),
  part(
    'dayOfWeek',
    '星期几（0 = 星期日 … 6 = 星期六）',
    'The day of week (0 = Sunday … 6 = Saturday)',
    dayOfWeek,
  ),
  compare('before', '早于', 'is earlier than', (a, b) => a < b),
  compare('after', '晚于', 'is later than', (a, b) => a > b),
]

// helpers

function civil(value: unknown): CivilDate | null {
  return typeof value === 'string' ? parseCivilDate(value) : null
}

function part(name: string, zh: string, en: string, fn: (d: CivilDate) => number): ExpressionFunction {
  return {
    name,
    signature: `${name}(date)`,
    minArgs: 1,
    maxArgs: 1,
    summary: { 'zh-CN': `日期的${zh}；无效日期为 null。`, en: `${en} of a date; null when invalid.` },
    call([value]) {
      const d = civil(value)
      return d && fn(d)
    },
  }
}

function compare(
  name: string,
  zh: string,
  en: string,
  fn: (a: number, b: number) => boolean,
): ExpressionFunction {
  return {
    name,
    signature: `${name}(a, b)`,
    minArgs: 2,
    maxArgs: 2,
    summary: {
      'zh-CN': `日期 a 是否${zh}日期 b；任一无效时为 false。`,
      en: `Whether date a ${en} date b; false when either is invalid.`,
    },
    call([a, b]) {
      const x = civil(a)
      const y = civil(b)
      return x !== null && y !== null && fn(daysFromCivil(x), daysFromCivil(y))
    },
  }
}
