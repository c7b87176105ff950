import { issue } from '../../../common/issue'
import type { FormCheck } from '../form-check'

const CODE = 'form.unknown-required-field'

/** `required: ['a', 'b']` on an object names its own properties; any other name requires nothing. */
export const unknownRequiredField: FormCheck = {
  code: CODE,
  title: { 'zh-CN': '必填列表只列出已有字段', en: 'Required lists name existing fields' },
  run({ nodes }) {
    return nodes.flatMap((v) => {
      const required = v.node.required
      if (!Array.isArray(required)) return []
      const own = new Set(Object.keys(v.node.properties ?? {}))
      return required.flatMap((name, i) =>
        own.has(name)
          ? []
          : [
              issue(
                `${v.pointer}/required/${i}`,
                CODE,
                `必填列表中的“${name}”不是此对象的字段`,
                `"${name}" in the required list is not a field of this object`,
              ),
            ],
      )
    })
  },
}
