import { cloneData } from '../shared/clone'
import { isEqual } from '@formily/shared'
import type { FieldPermissions } from '@tongban/schemas'
import { resolveFieldAccess } from '../access/field-access'
import { checkMessage, type FormLanguage } from '../messages/catalogue'
import type { DataNode } from '../schema/data-tree'
import { isPlainObject, join } from './paths'
import { toFormError } from './to-form-error'
import type { FormError } from './types'

interface GuardContext {
  permissions: FieldPermissions
  errors: FormError[]
  lang: FormLanguage
}

/**
 * Enforce a task node's field permissions on submitted data (mutates `input`): every field the
 * node may not edit takes its previous value; a submitted value that differs from it is an
 * `field-not-editable` error. An array's access covers its rows unless a column is editable.
 */
export function guardFieldAccess(
  nodes: readonly DataNode[],
  input: Record<string, unknown>,
  previous: Record<string, unknown>,
  permissions: FieldPermissions,
  errors: FormError[],
  lang: FormLanguage,
): void {
  guardObject(nodes, input, previous, '', { permissions, errors, lang })
}

// helpers

function guardObject(
  nodes: readonly DataNode[],
  input: Record<string, unknown>,
  previous: Record<string, unknown>,
  base: string,
  ctx: GuardContext,
): void {
  for (const d of nodes) {
    // Computed fields are recomputed from the others whatever is sent.
    if (d.node['x-tongban']?.computed === true) continue
    const path = join(base, d.key)
    const value = input[d.key]
    const before = previous[d.key]
    if (d.kind === 'object' && isPlainObject(value)) {
      guardObject(d.children, value, isPlainObject(before) ? before : {}, path, ctx)
      continue
    }
    const access = resolveFieldAccess(ctx.permissions, d.pattern)
    const editableInside = d.kind === 'array' && d.children.length > 0 && hasEditable(d.children, ctx.permissions)
    if (d.kind === 'array' && (access === 'edit' || editableInside) && Array.isArray(value)) {
      guardRows(d, value, Array.isArray(before) ? before : [], path, access, ctx)
      continue
    }
    if (access === 'edit' || (d.kind === 'object' && hasEditable(d.children, ctx.permissions))) continue
    restore(d, input, previous, path, ctx)
  }
}

function guardRows(d: DataNode, rows: unknown[], before: unknown[], path: string, access: string, ctx: GuardContext): void {
  if (access !== 'edit' && rows.length !== before.length) {
    ctx.errors.push(toFormError(path, checkMessage('field-not-editable'), ctx.lang, d.node.title))
    rows.length = 0
    rows.push(...cloneData(before))
    return
  }
  rows.forEach((row, i) => {
    if (isPlainObject(row)) guardObject(d.children, row, isPlainObject(before[i]) ? before[i] : {}, join(path, i), ctx)
  })
}

function restore(d: DataNode, input: Record<string, unknown>, previous: Record<string, unknown>, path: string, ctx: GuardContext): void {
  const key = d.key
  const submitted = key in input
  if (submitted && !isEqual(normalise(input[key]), normalise(previous[key]))) {
    ctx.errors.push(toFormError(path, checkMessage('field-not-editable'), ctx.lang, d.node.title))
  }
  if (key in previous) input[key] = cloneData(previous[key])
  else delete input[key]
}

function hasEditable(nodes: readonly DataNode[], permissions: FieldPermissions): boolean {
  return nodes.some((d) => resolveFieldAccess(permissions, d.pattern) === 'edit' || hasEditable(d.children, permissions))
}

/** Absent, `null`, `''`, `[]` and `{}` all mean "no value": sending one for another is no edit. */
function normalise(v: unknown): unknown {
  if (v === null || v === '') return undefined
  if (Array.isArray(v)) return v.length === 0 ? undefined : v
  if (isPlainObject(v) && Object.keys(v).length === 0) return undefined
  return v
}
