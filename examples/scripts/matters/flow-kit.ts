/**
 * Constructors for flow nodes and a builder that wires edges with stable ids, plus the automatic
 * top-to-bottom layout the designer opens the examples with.
 */
import type { AssigneeRule, Duration, FieldPermissions, FlowDocument, FlowEdge, FlowLayout, FlowNode, FlowNodeOf, OrgRef } from '@tongban/schemas'

type Human = Omit<FlowNodeOf<'approval'>, 'type' | 'id' | 'name'>

export const wd = (value: number): Duration => ({ value, unit: 'workday' })
export const hours = (value: number): Duration => ({ value, unit: 'hour' })

// org references
export const fixed = (orgId: string): OrgRef => ({ from: 'fixed', orgId })
export const accepting: OrgRef = { from: 'accepting' }
export const applicantOrg: OrgRef = { from: 'applicant' }
export const orgField = (field: string): OrgRef => ({ from: 'field', field })

// assignee rules
export const person = (...personIds: string[]): AssigneeRule => ({ kind: 'person', personIds })
export const role = (r: string, org: OrgRef, includeDescendants = true): AssigneeRule => ({ kind: 'role', role: r, org, includeDescendants })
export const orgHead = (org: OrgRef, levelsUp?: number): AssigneeRule => ({ kind: 'org-head', org, ...(levelsUp ? { levelsUp } : {}) })
export const applicantHead = (levels: number, mode: 'nth' | 'chain' = 'nth'): AssigneeRule => ({ kind: 'applicant-head', levels, mode })
export const orgLeader = (org: OrgRef, rank = 1): AssigneeRule => ({ kind: 'org-leader', org, rank })
export const chosen = (candidateRoles?: string[], multiple = false): AssigneeRule => ({
  kind: 'applicant-chosen',
  multiple,
  ...(candidateRoles ? { candidateRoles } : {}),
})
export const fromField = (field: string, as: 'person' | 'org-head'): AssigneeRule => ({ kind: 'form-field', field, as })
export const theApplicant: AssigneeRule = { kind: 'applicant' }

/** Field permissions: the listed fields, everything else `default` (read when absent). */
export const perms = (fields: FieldPermissions['fields'], dflt?: FieldPermissions['default']): FieldPermissions => ({
  ...(dflt ? { default: dflt } : {}),
  fields,
})
export const editOnly = (names: string[], dflt: FieldPermissions['default'] = 'read'): FieldPermissions =>
  perms(Object.fromEntries(names.map((n) => [n, 'edit'])), dflt)

/** Default actions of human tasks: the full set a government approver expects. */
export const APPROVER_ACTIONS: Human['actions'] = [
  'approve', 'reject', 'return', 'transfer', 'delegate', 'add-signer', 'remove-signer', 'withdraw', 'comment', 'cc',
]
/** Handling (办理) is doing the work: no rejection, no extra signers. */
export const HANDLER_ACTIONS: Human['actions'] = ['approve', 'return', 'transfer', 'delegate', 'withdraw', 'comment', 'cc']

export const start = (fieldPermissions?: FieldPermissions): FlowNode => ({
  type: 'start',
  id: 'start',
  name: '提交申请',
  ...(fieldPermissions ? { fieldPermissions } : {}),
})
export const approval = (id: string, name: string, h: Human): FlowNode => ({
  type: 'approval',
  id,
  name,
  actions: APPROVER_ACTIONS,
  commentRequired: ['reject', 'return'],
  ...h,
})
export const handle = (id: string, name: string, h: Human): FlowNode => ({
  type: 'handle',
  id,
  name,
  actions: HANDLER_ACTIONS,
  commentRequired: ['return'],
  ...h,
})
export const cc = (id: string, name: string, assignees: AssigneeRule[], fieldPermissions?: FieldPermissions): FlowNode => ({
  type: 'cc',
  id,
  name,
  assignees,
  ...(fieldPermissions ? { fieldPermissions } : {}),
})
export const exclusive = (id: string, name: string): FlowNode => ({ type: 'exclusive', id, name })
export const parallelSplit = (id: string, name: string): FlowNode => ({ type: 'parallel-split', id, name })
export const parallelJoin = (id: string, name: string): FlowNode => ({ type: 'parallel-join', id, name })
export const inclusiveSplit = (id: string, name: string): FlowNode => ({ type: 'inclusive-split', id, name })
export const inclusiveJoin = (id: string, name: string): FlowNode => ({ type: 'inclusive-join', id, name })
export const end = (outcome: 'completed' | 'approved' | 'rejected' = 'completed', id = 'end', name = '办结'): FlowNode => ({
  type: 'end',
  id,
  name,
  outcome,
})

type EdgeExtra = Omit<FlowEdge, 'id' | 'source' | 'target'>

/** Collects nodes and edges; edge ids are `<source>__<target>`. */
export class FlowBuilder {
  private readonly nodes: FlowNode[] = []
  private readonly edges: FlowEdge[] = []

  add(...nodes: FlowNode[]): this {
    for (const n of nodes) {
      if (this.nodes.some((m) => m.id === n.id)) throw new Error(`duplicate node ${n.id}`)
      this.nodes.push(n)
    }
    return this
  }

  link(source: string, target: string, extra: EdgeExtra = {}): this {
    this.edges.push({ id: `${source}__${target}`, source, target, ...extra })
    return this
  }

  /** Link the ids in order: a → b → c. */
  chain(...ids: string[]): this {
    for (let i = 1; i < ids.length; i++) this.link(ids[i - 1]!, ids[i]!)
    return this
  }

  build(settings: Partial<FlowDocument['settings']> = {}): FlowDocument {
    for (const e of this.edges) {
      for (const end of [e.source, e.target]) if (!this.nodes.some((n) => n.id === end)) throw new Error(`edge ${e.id}: unknown node ${end}`)
    }
    return {
      nodes: this.nodes,
      edges: this.edges,
      settings: { allowWithdraw: true, allowCancel: true, resubmit: 'back-to-returner', ...settings },
    }
  }
}

const ROW = 130
const COLUMN = 240
const CENTRE = 400
const SPLITS = new Set(['exclusive', 'parallel-split', 'inclusive-split'])

/**
 * Top-to-bottom layout: a node's row is its longest distance from the start. The branches of a
 * split stand side by side under it (in edge order, centred on the split); a node where branches
 * meet goes back under its split, or under the middle of its predecessors.
 */
export function layoutFlow(flow: FlowDocument): FlowLayout {
  const types = new Map(flow.nodes.map((n) => [n.id, n.type]))
  const outgoing = new Map<string, string[]>()
  const incoming = new Map<string, string[]>()
  for (const e of flow.edges) {
    outgoing.set(e.source, [...(outgoing.get(e.source) ?? []), e.target])
    incoming.set(e.target, [...(incoming.get(e.target) ?? []), e.source])
  }

  // topological order (Kahn); rows are longest distances from the sources
  const indegree = new Map(flow.nodes.map((n) => [n.id, incoming.get(n.id)?.length ?? 0]))
  const queue = flow.nodes.filter((n) => indegree.get(n.id) === 0).map((n) => n.id)
  const order: string[] = []
  const rank = new Map<string, number>()
  while (queue.length) {
    const id = queue.shift()!
    order.push(id)
    for (const t of outgoing.get(id) ?? []) {
      rank.set(t, Math.max(rank.get(t) ?? 0, (rank.get(id) ?? 0) + 1))
      indegree.set(t, indegree.get(t)! - 1)
      if (indegree.get(t) === 0) queue.push(t)
    }
  }
  if (order.length !== flow.nodes.length) throw new Error('layoutFlow: the flow has a cycle')

  const x = new Map<string, number>()
  for (const id of order) {
    const preds = incoming.get(id) ?? []
    if (preds.length === 0) x.set(id, CENTRE)
    else if (preds.length === 1) {
      const p = preds[0]!
      const siblings = outgoing.get(p) ?? []
      const offset = SPLITS.has(types.get(p)!) && siblings.length > 1 ? (siblings.indexOf(id) - (siblings.length - 1) / 2) * COLUMN : 0
      x.set(id, (x.get(p) ?? CENTRE) + offset)
    } else {
      const split = preds.find((p) => SPLITS.has(types.get(p)!))
      const xs = preds.map((p) => x.get(p) ?? CENTRE)
      x.set(id, split ? x.get(split)! : xs.reduce((a, b) => a + b, 0) / xs.length)
    }
  }
  const nodes: FlowLayout['nodes'] = {}
  for (const n of flow.nodes) nodes[n.id] = { x: Math.round(x.get(n.id)!), y: 60 + (rank.get(n.id) ?? 0) * ROW }
  return { nodes }
}
