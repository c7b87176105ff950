import { cloneData } from '../shared/clone'
import type { FieldAccess, FieldPermissions, FormDocument, FormNode } from '@tongban/schemas'
import { dataTree, flattenTree } from '../schema/data-tree'

/** Resolved access of every data field, keyed by the `listFields` path (`members.*.name`). */
export type FieldAccessMap = Record<string, FieldAccess>

/**
 * Access of one field under a node's permissions. The most specific entry wins: the path itself,
 * then its ancestors (`members.*.name` → `members.*` → `members`); keys may leave out the `*`
 * (`members.name`). Fields not listed get `default`, itself `read` when absent. No permissions
 * (not a task: the applicant's own form) means `edit`. A resolved map (e.g. the flow engine's
 * `nodeFieldAccess(bundle, nodeId).access`) works too: unlisted paths inherit from their ancestors,
 * else `read`.
 */
export function resolveFieldAccess(access: FieldPermissions | FieldAccessMap | undefined, path: string): FieldAccess {
  if (!access) return 'edit'
  const permissions = toPermissions(access)
  const segments = path.split('.')
  for (let end = segments.length; end > 0; end--) {
    const head = segments.slice(0, end)
    if (head[head.length - 1] === '*') continue
    const exact = permissions.fields[head.join('.')]
    if (exact) return exact
    const starless = permissions.fields[head.filter((s) => s !== '*').join('.')]
    if (starless) return starless
  }
  return permissions.default ?? 'read'
}

/**
 * Resolve a node's field permissions against a form: one entry per data field.
 *
 * @example
 * fieldAccessFor(form, { default: 'read', fields: { opinion: 'edit', idNumber: 'hidden' } })
 * // { applicantName: 'read', idNumber: 'hidden', opinion: 'edit', … }
 */
export function fieldAccessFor(form: FormDocument, permissions: FieldPermissions | undefined): FieldAccessMap {
  const out: FieldAccessMap = {}
  for (const d of flattenTree(dataTree(form))) out[d.pattern] = resolveFieldAccess(permissions, d.pattern)
  return out
}

export interface ApplyFieldAccessOptions {
  /** How `read` fields look: `readPretty` (text, default) or `readOnly` (disabled-looking inputs). */
  readPattern?: 'readPretty' | 'readOnly'
}

/**
 * A copy of the form where `read` fields are read-only and `hidden` fields are hidden (their values
 * stay in the data: `x-display: hidden`, not removed). The renderer's task mode uses it; the server
 * enforces the same access in `validateSubmission`.
 */
export function applyFieldAccess(
  form: FormDocument,
  access: FieldAccessMap | FieldPermissions | undefined,
  options: ApplyFieldAccessOptions = {},
): FormDocument {
  if (!access) return form
  const map = isPermissions(access) ? fieldAccessFor(form, access) : access
  const readPattern = options.readPattern ?? 'readPretty'
  const schema = cloneData(form.schema) as FormNode
  applyTo(schema, '', map, readPattern)
  return { ...form, schema }
}

/** Permissions as given, or a resolved access map read as permissions with `default: 'read'`. */
export function toPermissions(access: FieldPermissions | FieldAccessMap): FieldPermissions {
  return isPermissions(access) ? access : { default: 'read', fields: access }
}

// helpers

function isPermissions(value: FieldAccessMap | FieldPermissions): value is FieldPermissions {
  return typeof (value as FieldPermissions).fields === 'object' && (value as FieldPermissions).fields !== null
}

function applyTo(node: FormNode, base: string, map: FieldAccessMap, readPattern: string, inReadOnly = false): void {
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    if (child.type === 'void') {
      applyTo(child, base, map, readPattern, inReadOnly)
      continue
    }
    const path = base ? `${base}.${key}` : key
    const access = map[path] ?? 'edit'
    // Objects are only namespaces: their own access would otherwise leak onto editable children.
    const isObject = child.type === 'object'
    if (access === 'hidden' && !isObject) {
      // Hidden for this node whatever the linkage says: its own visibility rules no longer apply.
      child['x-display'] = 'hidden'
      delete child['x-visible']
      delete child['x-hidden']
      delete child['x-reactions']
    } else if (access === 'read' && !isObject) child['x-pattern'] = readPattern as FormNode['x-pattern']
    else if (access === 'edit' && inReadOnly) child['x-pattern'] = 'editable'
    const childReadOnly = inReadOnly || (access === 'read' && !isObject)
    if (isObject) applyTo(child, path, map, readPattern, inReadOnly)
    if (child.type === 'array' && child.items) applyTo(child.items, `${path}.*`, map, readPattern, childReadOnly)
  }
}
