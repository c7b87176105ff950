import type { AssigneeRule, FlowNode, FormDocument, FormNode, MatterBundle } from '@tongban/schemas'

/** A form field (a data node; void layout nodes are transparent) with its JSON pointer. */
export interface FormField {
  name: string
  node: FormNode
  path: string
}

/** Top-level data fields of a form, in document order. Array rows are not descended into. */
export function formFields(form: FormDocument): FormField[] {
  const out: FormField[] = []
  const walk = (node: FormNode, path: string) => {
    for (const [name, child] of Object.entries(node.properties ?? {})) {
      const childPath = `${path}/properties/${name}`
      if (child.type === 'void') walk(child, childPath)
      else out.push({ name, node: child, path: childPath })
    }
  }
  walk(form.schema, '/form/schema')
  return out
}

/** Every node of a form tree (fields, layout, array items and columns) with its pointer. */
export function formNodes(form: FormDocument): Array<{ node: FormNode; path: string }> {
  const out: Array<{ node: FormNode; path: string }> = []
  const walk = (node: FormNode, path: string) => {
    out.push({ node, path })
    for (const [name, child] of Object.entries(node.properties ?? {})) walk(child, `${path}/properties/${name}`)
    if (node.items) walk(node.items, `${path}/items`)
  }
  walk(form.schema, '/form/schema')
  return out
}

/** Every string in `value` that is a Formily `{{ … }}` expression, with its pointer. */
export function templateStrings(value: unknown, path: string): Array<{ source: string; path: string }> {
  if (typeof value === 'string') return /^\s*\{\{[\s\S]*\}\}\s*$/.test(value) ? [{ source: value, path }] : []
  if (Array.isArray(value)) return value.flatMap((v, i) => templateStrings(v, `${path}/${i}`))
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => templateStrings(v, `${path}/${k}`))
  }
  return []
}

export type HumanNode = Extract<FlowNode, { type: 'approval' | 'handle' }>

export function humanNodes(bundle: MatterBundle): HumanNode[] {
  return bundle.flow.nodes.filter((n): n is HumanNode => n.type === 'approval' || n.type === 'handle')
}

/** Assignee rules of every node that has them, with the node. */
export function assigneeRules(bundle: MatterBundle): Array<{ node: FlowNode; rule: AssigneeRule; path: string }> {
  return bundle.flow.nodes.flatMap((node, i) =>
    'assignees' in node ? node.assignees.map((rule, k) => ({ node, rule, path: `/flow/nodes/${i}/assignees/${k}` })) : [],
  )
}
