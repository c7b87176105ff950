import type { FieldAccess, FieldPermissions, FormNode, MatterBundle } from '@tongban/schemas'
import { compileFlow } from '../core/compile-flow'
import type { CaseState, DataPatch, EngineError, TaskFieldAccess } from '../types'

const fieldCache = new WeakMap<MatterBundle['form'], string[]>()

/** Top-level data field names of the bundle's form (layout containers are looked through). */
export function formFieldNames(bundle: MatterBundle): string[] {
  let names = fieldCache.get(bundle.form)
  if (!names) {
    names = []
    collect(bundle.form.schema, names)
    fieldCache.set(bundle.form, names)
  }
  return [...names]
}

/**
 * Field access of a node: its `fieldPermissions` applied to every form field. A field not listed
 * gets the node's `default`, else `edit` on the start node (the applicant fills the form) and `read`
 * elsewhere.
 *
 * @example nodeFieldAccess(bundle, 'review').editable // ['opinion']
 */
export function nodeFieldAccess(bundle: MatterBundle, nodeId: string): TaskFieldAccess {
  const a = cachedAccess(bundle, nodeId)
  return { nodeId, access: { ...a.access }, visible: [...a.visible], editable: [...a.editable] }
}

const accessCache = new WeakMap<MatterBundle['form'], WeakMap<MatterBundle['flow'], Map<string, TaskFieldAccess>>>()

/** Field access per (form, flow, node), computed once: every data edit checks it. */
function cachedAccess(bundle: MatterBundle, nodeId: string): TaskFieldAccess {
  let byFlow = accessCache.get(bundle.form)
  if (!byFlow) accessCache.set(bundle.form, (byFlow = new WeakMap()))
  let byNode = byFlow.get(bundle.flow)
  if (!byNode) byFlow.set(bundle.flow, (byNode = new Map()))
  let access = byNode.get(nodeId)
  if (!access) byNode.set(nodeId, (access = computeAccess(bundle, nodeId)))
  return access
}

function computeAccess(bundle: MatterBundle, nodeId: string): TaskFieldAccess {
  const node = compileFlow(bundle).nodes.get(nodeId)
  const perms: FieldPermissions | undefined = node && 'fieldPermissions' in node ? node.fieldPermissions : undefined
  const fallback: FieldAccess = perms?.default ?? (node?.type === 'start' ? 'edit' : 'read')
  const access: Record<string, FieldAccess> = {}
  const visible: string[] = []
  const editable: string[] = []
  for (const name of formFieldNames(bundle)) {
    const a = perms?.fields[name] ?? fallback
    access[name] = a
    if (a !== 'hidden') visible.push(name)
    if (a === 'edit') editable.push(name)
  }
  return { nodeId, access, visible, editable }
}

/**
 * Field access of the node of a live task (the start node for a correction task), or null when the
 * task is not live in this case.
 */
export function taskFieldAccess(bundle: MatterBundle, state: CaseState, taskId: string): TaskFieldAccess | null {
  const task = state.tasks[taskId]
  if (!task) return null
  return nodeFieldAccess(bundle, task.nodeId)
}

/**
 * Check a data edit against a node's field permissions: null when every field may be edited, else a
 * 422 error with one detail per refused field (unknown fields included).
 *
 * @example checkDataEdit(bundle, 'review', { amount: 1 })?.details?.[0]?.code // 'data.field-not-editable'
 */
export function checkDataEdit(bundle: MatterBundle, nodeId: string, patch: DataPatch): EngineError | null {
  const { access } = cachedAccess(bundle, nodeId)
  const details: NonNullable<EngineError['details']> = []
  for (const field of Object.keys(patch)) {
    const a = access[field]
    if (a === undefined)
      details.push({
        path: `/${field}`,
        code: 'data.unknown-field',
        message: `表单中没有字段“${field}”`,
        messageEn: `The form has no field "${field}"`,
      })
    else if (a !== 'edit')
      details.push({
        path: `/${field}`,
        code: 'data.field-not-editable',
        message: `本环节不能修改字段“${field}”`,
        messageEn: `Field "${field}" may not be edited at this node`,
      })
  }
  if (details.length === 0) return null
  return {
    code: 'data.not-editable',
    status: 422,
    message: `有 ${details.length} 个字段不能在本环节修改`,
    messageEn: `${details.length} field(s) may not be edited at this node`,
    details,
  }
}

// helpers

function collect(node: FormNode, out: string[]): void {
  const props = node.properties
  if (!props) return
  for (const [name, child] of Object.entries(props)) {
    if (child.type === 'void') collect(child, out)
    else if (!out.includes(name)) out.push(name)
  }
}
