import type { AssigneeRule, FlowNode } from '@tongban/schemas'
import { el, type XmlElement } from './xml'

/** Namespace of Tongban's BPMN extension elements and attributes. */
export const TB_NS = 'https://tongban.dev/schema/bpmn/1'

/**
 * `<bpmn:extensionElements>` for a node: readable elements for what BPMN tools may show
 * (assignees, multi mode, limits, permissions, actions) plus the full node as JSON so a Tongban
 * import is lossless.
 */
export function extensionElements(node: FlowNode): XmlElement {
  const parts: XmlElement[] = [el('tb:node', { type: node.type })]
  if ('assignees' in node) node.assignees.forEach((r) => parts.push(assignee(r)))
  if ('multi' in node && node.multi)
    parts.push(el('tb:multi', { mode: node.multi.mode, ratio: node.multi.ratio, anyRejectionEnds: node.multi.anyRejectionEnds }))
  if ('timeLimit' in node && node.timeLimit) parts.push(el('tb:timeLimit', { value: node.timeLimit.value, unit: node.timeLimit.unit }))
  if ('fieldPermissions' in node && node.fieldPermissions) {
    const fp = node.fieldPermissions
    parts.push(
      el('tb:fieldPermissions', { default: fp.default }, Object.entries(fp.fields).map(([field, access]) => el('tb:field', { name: field, access }))),
    )
  }
  if ('actions' in node && node.actions) node.actions.forEach((a) => parts.push(el('tb:action', { name: a, commentRequired: node.commentRequired?.includes(a) || undefined })))
  if (node.type === 'service') parts.push(el('tb:topic', { name: node.topic, waitForCallback: node.waitForCallback }))
  if (node.type === 'end' && node.outcome) parts.push(el('tb:outcome', { value: node.outcome }))
  parts.push({ name: 'tb:json', cdata: JSON.stringify(node) })
  return el('bpmn:extensionElements', {}, parts)
}

function assignee(rule: AssigneeRule): XmlElement {
  const attrs: Record<string, string | number | boolean | undefined> = { kind: rule.kind }
  for (const [k, v] of Object.entries(rule)) {
    if (k === 'kind') continue
    if (k === 'org' && v && typeof v === 'object') {
      const ref = v as Record<string, string>
      attrs.orgFrom = ref.from
      attrs.orgId = ref.orgId
      attrs.orgField = ref.field
    } else attrs[k] = Array.isArray(v) ? v.join(' ') : (v as string | number | boolean)
  }
  return el('tb:assignee', attrs)
}
