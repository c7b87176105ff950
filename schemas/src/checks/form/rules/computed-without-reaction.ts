import { issue } from '../../../common/issue'
import type { Reaction } from '../../../form/form.schema'
import type { FormCheck } from '../form-check'

const CODE = 'form.computed-without-reaction'

/**
 * A field marked `x-tongban.computed` is stripped from submissions and recomputed on the server by
 * its reactions; without a reaction that sets its value it would always be empty. A warning: the
 * mark may be ahead of the reaction while a designer is still editing.
 */
export const computedWithoutReaction: FormCheck = {
  code: CODE,
  title: { 'zh-CN': '计算字段有计算联动', en: 'Computed fields have a computing reaction' },
  run({ nodes }) {
    return nodes.flatMap((v) => {
      if (v.node['x-tongban']?.computed !== true) return []
      const reactions = v.node['x-reactions']
      const list: Reaction[] =
        reactions === undefined ? [] : Array.isArray(reactions) ? reactions : [reactions]
      const setsValue = list.some(
        (r) =>
          r.target === undefined &&
          (r.fulfill?.state?.value !== undefined || r.otherwise?.state?.value !== undefined),
      )
      if (setsValue) return []
      return [
        issue(
          `${v.pointer}/x-tongban/computed`,
          CODE,
          '计算字段没有设置取值的联动，提交后将始终为空',
          'The computed field has no reaction setting its value, so it will always be empty',
          { severity: 'warning' },
        ),
      ]
    })
  },
}
