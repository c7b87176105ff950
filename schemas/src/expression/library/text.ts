import { toText } from './coerce'
import { argumentError, type ExpressionFunction } from './function-definition'

/** Text functions. Blank text arguments count as `''`. */
export const TEXT_FUNCTIONS: readonly ExpressionFunction[] = [
  {
    name: 'string',
    signature: 'string(value)',
    minArgs: 1,
    maxArgs: 1,
    summary: {
      'zh-CN': '转换为文本：空值为空文本，数组以逗号连接。',
      en: 'Convert to text: blank gives empty text, arrays are joined with commas.',
    },
    call([value], position) {
      if (Array.isArray(value)) return value.map((item) => toText('string', 0, item, position)).join(',')
      return toText('string', 0, value, position)
    },
  },
  textMap('upper', '转为大写', 'Upper case', (s) => s.toUpperCase()),
  textMap('lower', '转为小写', 'Lower case', (s) => s.toLowerCase()),
  textMap('trim', '去掉首尾空白', 'Remove leading and trailing white space', (s) => s.trim()),
  textTest('startsWith', '文本是否以 prefix 开头', 'Whether the text starts with the prefix', (s, p) =>
    s.startsWith(p),
  ),
  textTest('endsWith', '文本是否以 suffix 结尾', 'Whether the text ends with the suffix', (s, p) =>
    s.endsWith(p),
  ),
]

// helpers

function textMap(name: string, zh: string, en: string, fn: (s: string) => string): ExpressionFunction {
  return {
    name,
    signature: `${name}(text)`,
    minArgs: 1,
    maxArgs: 1,
    summary: { 'zh-CN': `${zh}；空值为空文本。`, en: `${en}; blank gives empty text.` },
    call([value], position) {
      return fn(toText(name, 0, value, position))
    },
  }
}

function textTest(
  name: string,
  zh: string,
  en: string,
  fn: (s: string, part: string) => boolean,
): ExpressionFunction {
  return {
    name,
    signature: `${name}(text, part)`,
    minArgs: 2,
    maxArgs: 2,
    summary: {
      'zh-CN': `${zh}（区分大小写）；空值为 false。`,
      en: `${en} (case-sensitive); false for blank.`,
    },
    call([value, part], position) {
      if (value === null || value === undefined) return false
      if (part === null || part === undefined)
        throw argumentError(name, 1, { zh: '文本', en: 'text' }, position)
      return fn(toText(name, 0, value, position), toText(name, 1, part, position))
    },
  }
}
