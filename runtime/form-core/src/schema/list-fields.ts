import type { DirectoryBinding, FormDocument } from '@tongban/schemas'
import { dataTree, flattenTree, type DataNode } from './data-tree'

export interface FieldInfo {
  /** Data path, array rows as `*`: `applicantName`, `address.city`, `members.*.name`. */
  path: string
  /** Last segment of the path. */
  name: string
  title?: string
  /** JSON type of the value (`string` when the schema leaves it out). */
  type: 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array'
  kind: DataNode['kind']
  component?: string
  /** Statically required (`required: true`); linkage may still change it. */
  required: boolean
  /** Has linkage (`x-reactions`) that may hide, require or compute it. */
  linked: boolean
  binding?: DirectoryBinding
  computed: boolean
  sensitive: boolean
  /** Allowed values when the schema has an `enum`. */
  options?: unknown[]
  /** Inside the rows of an array field. */
  inArray: boolean
}

/**
 * Every data field of a form, in form order, with what designers and checks need to know.
 *
 * @example
 * listFields(form).filter((f) => f.required).map((f) => f.path)   // ['applicantName', 'members.*.name']
 */
export function listFields(form: FormDocument): FieldInfo[] {
  return flattenTree(dataTree(form)).map(toInfo)
}

// helpers

function toInfo(d: DataNode): FieldInfo {
  const n = d.node
  const meta = n['x-tongban'] ?? {}
  const info: FieldInfo = {
    path: d.pattern,
    name: d.key,
    type: n.type && n.type !== 'void' ? n.type : d.kind === 'object' ? 'object' : 'string',
    kind: d.kind,
    required: n.required === true,
    linked: n['x-reactions'] !== undefined,
    computed: meta.computed === true,
    sensitive: meta.sensitive === true,
    inArray: d.pattern.includes('*'),
  }
  if (n.title !== undefined) info.title = n.title
  if (n['x-component'] !== undefined) info.component = n['x-component']
  if (meta.binding !== undefined) info.binding = meta.binding
  if (n.enum) info.options = n.enum.map((o) => (typeof o === 'object' && o !== null ? o.value : o))
  return info
}
