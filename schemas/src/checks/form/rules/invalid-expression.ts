import { checkExpression, templateExpression } from '../../../expression'
import { jsonStrings } from '../../json-walk'
import type { FormCheck } from '../form-check'

const CODE = 'form.invalid-expression'

/**
 * Every `{{ … }}` anywhere in the form parses in the safe expression language and names only
 * top-level fields and the form context. Formily compiles lazily, so without this a bad expression
 * would only fail when a clerk opens the form (formily.md §4c).
 */
export const invalidExpression: FormCheck = {
  code: CODE,
  title: { 'zh-CN': '表达式正确且只引用已有字段', en: 'Expressions are valid and name existing fields' },
  run({ form, facts, expressionContext }) {
    const env = { fields: [...facts.topLevelFields], context: expressionContext }
    return jsonStrings(form.schema, '/schema').flatMap((s) => {
      const source = s.key ? null : templateExpression(s.text)
      if (source === null) return []
      return checkExpression(source, env, s.pointer).map((problem) => ({ ...problem, code: CODE }))
    })
  },
}
