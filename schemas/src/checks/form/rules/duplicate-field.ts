import { issue } from '../../../common/issue'
import type { FormCheck } from '../form-check'

const CODE = 'form.duplicate-field'

/**
 * No two fields share a data path. Layout containers (void) add no path segment, so fields with
 * the same name in two cards or tabs of one level would overwrite each other's value.
 */
export const duplicateField: FormCheck = {
  code: CODE,
  title: { 'zh-CN': '字段名在同一数据路径下唯一', en: 'Field names are unique per data path' },
  run({ nodes }) {
    const seen = new Map<string, string>()
    return nodes.flatMap((v) => {
      if (!v.isField) return []
      const path = v.dataPath.join('.')
      const first = seen.get(path)
      if (first === undefined) {
        seen.set(path, v.pointer)
        return []
      }
      return [
        issue(
          v.pointer,
          CODE,
          `字段“${path}”重复（已在 ${first} 定义）`,
          `Duplicate field "${path}" (already defined at ${first})`,
          {
            target: { field: path },
          },
        ),
      ]
    })
  },
}
