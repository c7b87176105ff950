import { isDeepStrictEqual } from 'node:util'
import { nodeFieldAccess } from '@tongban/flow-engine'
import { validateSubmission, type FormError } from '@tongban/form-core'
import type { FieldPermissions, MatterBundle } from '@tongban/schemas'
import { errors, type FieldError } from '../../../libraries/errors/app-error'

/** Problems that make even a draft unsavable; the rest (required, formats…) wait for submission. */
const STRUCTURAL = new Set([
  'unknown-field',
  'type-mismatch',
  'not-an-object',
  'field-not-editable',
  'not-in-enum',
])

/**
 * Validate form data on the server with the browser's rules (@tongban/form-core): required,
 * formats, patterns, linkage (a hidden field is not required and its value is dropped), array rows,
 * unknown fields, and the node's field permissions. Returns the sanitised values; throws 422 with
 * `errors: [{path, code, message}]`, paths as `/data/<field>/<row>/<field>`.
 */
export async function validateCaseData(
  bundle: MatterBundle,
  data: unknown,
  options: {
    nodeId: string
    previous?: Record<string, unknown>
    draft?: boolean
    scope?: Record<string, unknown>
  },
): Promise<Record<string, unknown>> {
  const result = await validateSubmission(bundle.form, data, {
    fieldAccess: permissionsOf(bundle, options.nodeId),
    ...(options.previous ? { previousData: options.previous } : {}),
    ...(options.scope ? { scope: options.scope } : {}),
  })
  const problems = options.draft ? result.errors.filter((e) => STRUCTURAL.has(e.code)) : result.errors
  if (problems.length) throw errors.validation(problems.map(toFieldError))
  return result.values
}

/**
 * Validate an edit of some fields on a task node: merged over the current data, checked with the
 * node's permissions, and returned as the patch of the fields the caller sent (sanitised values).
 */
export async function validatePatch(
  bundle: MatterBundle,
  nodeId: string,
  previous: Record<string, unknown>,
  patch: Record<string, unknown>,
  scope?: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const values = await validateCaseData(
    bundle,
    { ...previous, ...patch },
    { nodeId, previous, ...(scope ? { scope } : {}) },
  )
  // Only what actually changes goes to the engine: resending an unchanged read-only value is no edit.
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(patch)) {
    if (key in values && !isDeepStrictEqual(values[key], previous[key])) out[key] = values[key]
  }
  return out
}

export function toFieldError(e: FormError): FieldError {
  const path = e.path === '' ? '/data' : '/data/' + e.path.split('.').join('/')
  return {
    path,
    code: e.code,
    message: e.title && !e.message.includes(e.title) ? `${e.title}：${e.message}` : e.message,
    messageEn: e.messageEn,
  }
}

// helpers

/** The node's effective permissions, spelled out per field (engine defaults: start edits, others read). */
function permissionsOf(bundle: MatterBundle, nodeId: string): FieldPermissions {
  const { access } = nodeFieldAccess(bundle, nodeId)
  const node = bundle.flow.nodes.find((n) => n.id === nodeId)
  const declared = node && 'fieldPermissions' in node ? node.fieldPermissions : undefined
  return { default: declared?.default ?? (node?.type === 'start' ? 'edit' : 'read'), fields: { ...access } }
}
