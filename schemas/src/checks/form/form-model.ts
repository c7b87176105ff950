import { pointerSegment } from '../../common/issue'
import type { FormDocument, FormNode } from '../../form/form.schema'

/** One node of a form, as the form checks see it. */
export interface FormNodeVisit {
  readonly node: FormNode
  /** Its key in the parent's `properties`; absent for the root and for `items`. */
  readonly key: string | undefined
  /** JSON pointer relative to the form document, e.g. `/schema/properties/contacts/items`. */
  readonly pointer: string
  /**
   * Where its value lives in the form data. Void nodes (layout) add no segment; array items add
   * `*`. A field `phone` inside a void card inside the array `contacts` is `contacts.*.phone`.
   */
  readonly dataPath: readonly string[]
  /** A data field: not the root, not a void container. */
  readonly isField: boolean
  readonly parent: FormNodeVisit | undefined
}

/** Visit every node of a form, parents before children, in document order. */
export function walkForm(form: FormDocument, visit: (v: FormNodeVisit) => void): void {
  const walk = (v: FormNodeVisit): void => {
    visit(v)
    const { node } = v
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      const isVoid = child.type === 'void'
      walk({
        node: child,
        key,
        pointer: `${v.pointer}/properties/${pointerSegment(key)}`,
        dataPath: isVoid ? v.dataPath : [...v.dataPath, key],
        isField: !isVoid,
        parent: v,
      })
    }
    if (node.items) {
      walk({
        node: node.items,
        key: undefined,
        pointer: `${v.pointer}/items`,
        dataPath: [...v.dataPath, '*'],
        isField: false,
        parent: v,
      })
    }
  }
  walk({
    node: form.schema,
    key: undefined,
    pointer: '/schema',
    dataPath: [],
    isField: false,
    parent: undefined,
  })
}

/** What other documents (flows, expressions) may name in a form. */
export interface FormFacts {
  /** Top-level data fields: the bare names of expressions. */
  readonly topLevelFields: ReadonlySet<string>
  /** Dotted data paths of every field (`contacts`, `contacts.*.phone`). */
  readonly fieldPaths: ReadonlySet<string>
}

export function formFacts(form: FormDocument): FormFacts {
  const topLevelFields = new Set<string>()
  const fieldPaths = new Set<string>()
  walkForm(form, (v) => {
    if (!v.isField) return
    fieldPaths.add(v.dataPath.join('.'))
    if (v.dataPath.length === 1) topLevelFields.add(v.dataPath[0]!)
  })
  return { topLevelFields, fieldPaths }
}

/**
 * Whether a dotted field reference (`contacts.phone`, `contacts.0.phone`, `contacts.*.phone`)
 * names a field: numeric and `*`/`[]` segments stand for array items and may be left out.
 */
export function namesField(facts: FormFacts, reference: string): boolean {
  const segments = reference.split('.').map((s) => (/^(\d+|\*|\[\])$/.test(s) ? '*' : s))
  if (facts.fieldPaths.has(segments.join('.'))) return true
  const withoutItems = segments.filter((s) => s !== '*').join('.')
  for (const path of facts.fieldPaths)
    if (
      path
        .split('.')
        .filter((s) => s !== '*')
        .join('.') === withoutItems
    )
      return true
  return false
}
