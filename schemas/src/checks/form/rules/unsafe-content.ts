import { issue } from '../../../common/issue'
import { stringLiterals } from '../../../expression/literals'
import { templateExpression } from '../../../expression/template'
import { jsonStrings } from '../../json-walk'
import type { FormCheck } from '../form-check'

const CODE = 'form.unsafe-content'

interface Danger {
  readonly test: (text: string) => boolean
  readonly zh: string
  readonly en: string
}

/** Remove what browsers ignore inside a URL scheme (`java\tscript:`). */
const squeeze = (text: string) => [...text].filter((c) => c.charCodeAt(0) > 0x20 && !/\s/.test(c)).join('')

const DANGERS: readonly Danger[] = [
  { test: (t) => /<\s*script/i.test(t), zh: 'script 标签', en: 'a script tag' },
  { test: (t) => /<\/?[a-z][a-z0-9-]*(?=[\s/>])/i.test(t), zh: 'HTML 标签', en: 'an HTML tag' },
  { test: (t) => /<!/.test(t), zh: 'HTML 注释或声明', en: 'an HTML comment or declaration' },
  {
    test: (t) => /(javascript|vbscript|livescript):/i.test(squeeze(t)),
    zh: '脚本链接（javascript: 等）',
    en: 'a script URL (javascript: …)',
  },
  { test: (t) => /data:text\/html/i.test(squeeze(t)), zh: 'data:text/html 链接', en: 'a data:text/html URL' },
  {
    test: (t) => /(^|[\s"'/;])on[a-z]{3,}\s*=/i.test(t),
    zh: '事件处理属性（on…=）',
    en: 'an event handler attribute (on…=)',
  },
]

/** Component props that inject markup or bind handlers: never from a stored form. */
const DANGEROUS_PROP = /^(on[A-Z]|dangerouslySetInnerHTML$)/

/**
 * Rejects (never strips) executable or HTML content in any string of the form: titles,
 * descriptions, options, defaults, component props, and the string literals of expressions.
 * Stripping would silently change what the designer saved; rejecting names the place to fix.
 */
export const unsafeContent: FormCheck = {
  code: CODE,
  title: { 'zh-CN': '不含脚本或 HTML 内容', en: 'No script or HTML content' },
  run({ form }) {
    return jsonStrings(form.schema, '/schema').flatMap((s) => {
      if (s.key) {
        if (!DANGEROUS_PROP.test(s.text) || !/\/x-(component|decorator)-props\//.test(s.pointer)) return []
        return [report(s.pointer, { zh: `组件属性“${s.text}”`, en: `the component prop "${s.text}"` })]
      }
      const danger = DANGERS.find((d) => textsToScan(s.text).some(d.test))
      return danger ? [report(s.pointer, danger)] : []
    })
  },
}

// helpers

/**
 * An expression's operators are not markup (`a<b`), but its string literals may be: scan those.
 * An expression that does not parse is reported by `invalid-expression`; scan all of it.
 */
function textsToScan(text: string): string[] {
  const source = templateExpression(text)
  if (source === null) return [text]
  return stringLiterals(source) ?? [text]
}

function report(pointer: string, what: { zh: string; en: string }) {
  return issue(
    pointer,
    CODE,
    `内容不安全：含有${what.zh}（表单被拒绝而不是自动清除，请修改此处）`,
    `Unsafe content: ${what.en} (the form is rejected, not cleaned: edit this text)`,
  )
}
