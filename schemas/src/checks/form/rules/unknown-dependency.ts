import { issue, pointerSegment } from '../../../common/issue'
import type { Reaction } from '../../../form/form.schema'
import { namesField } from '../form-model'
import type { FormCheck } from '../form-check'

const CODE = 'form.unknown-dependency'

/** Formily path patterns we cannot resolve statically (wildcard groups, ranges, negation). */
const PATTERN = /[*~!(){}[\]]/

/**
 * Reactions depend on, and target, fields that exist. Paths are absolute (`applicant.phone`) or
 * relative to the field's parent (`.price`, `..total`), as in Formily.
 */
export const unknownDependency: FormCheck = {
  code: CODE,
  title: { 'zh-CN': '联动只依赖已有字段', en: 'Reactions depend on existing fields' },
  run({ nodes, facts }) {
    return nodes.flatMap((v) => {
      const reactions = v.node['x-reactions']
      if (reactions === undefined) return []
      const list: Reaction[] = Array.isArray(reactions) ? reactions : [reactions]
      const base = `${v.pointer}/x-reactions`
      return list.flatMap((reaction, i) => {
        const at = Array.isArray(reactions) ? `${base}/${i}` : base
        const refs: Array<{ path: string; pointer: string }> = []
        const deps = reaction.dependencies
        if (Array.isArray(deps))
          deps.forEach((d, j) => refs.push({ path: d, pointer: `${at}/dependencies/${j}` }))
        else if (deps)
          for (const [alias, d] of Object.entries(deps))
            refs.push({ path: d, pointer: `${at}/dependencies/${pointerSegment(alias)}` })
        if (reaction.target !== undefined) refs.push({ path: reaction.target, pointer: `${at}/target` })
        return refs
          .filter((ref) => !PATTERN.test(ref.path.replace(/\.\*\./g, '.').replace(/\.\*$/, '')))
          .filter((ref) => !namesField(facts, resolve(ref.path, v.dataPath)))
          .map((ref) =>
            issue(
              ref.pointer,
              CODE,
              `联动引用了不存在的字段“${ref.path}”`,
              `The reaction names "${ref.path}", which is not a field`,
            ),
          )
      })
    })
  },
}

// helpers

/** Resolve a Formily dependency path against the data path of the field it sits on. */
function resolve(path: string, fieldPath: readonly string[]): string {
  if (!path.startsWith('.')) return path
  const dots = /^\.+/.exec(path)![0].length
  const parent = fieldPath.slice(0, Math.max(0, fieldPath.length - dots))
  return [...parent, path.slice(dots)].filter(Boolean).join('.')
}
