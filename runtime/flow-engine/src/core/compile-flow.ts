import type { FlowDocument, FlowEdge, FlowNode, MatterBundle } from '@tongban/schemas'
import { fault } from './fault'

/** A flow indexed for execution. Built once per flow document and cached. */
export interface CompiledFlow {
  doc: FlowDocument
  nodes: Map<string, FlowNode>
  /** Outgoing edges by source, in evaluation order (priority, then document order). */
  outgoing: Map<string, FlowEdge[]>
  start: FlowNode
  /** Human-task node ids (approval/handle) in document order. */
  humanNodeIds: string[]
}

const cache = new WeakMap<FlowDocument, CompiledFlow>()

export function compileFlow(bundle: MatterBundle): CompiledFlow {
  const doc = bundle.flow
  let flow = cache.get(doc)
  if (flow) return flow
  const nodes = new Map<string, FlowNode>()
  for (const n of doc.nodes) nodes.set(n.id, n)
  const outgoing = new Map<string, FlowEdge[]>()
  doc.edges.forEach((e) => {
    const list = outgoing.get(e.source) ?? []
    list.push(e)
    outgoing.set(e.source, list)
  })
  for (const [key, list] of outgoing) {
    const order = new Map(list.map((e, i) => [e, i]))
    outgoing.set(
      key,
      [...list].sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0) || order.get(a)! - order.get(b)!),
    )
  }
  const starts = doc.nodes.filter((n) => n.type === 'start')
  if (starts.length !== 1)
    fault('flow.start-count', 422, '流程必须恰有一个开始节点', 'A flow needs exactly one start node')
  flow = {
    doc,
    nodes,
    outgoing,
    start: starts[0]!,
    humanNodeIds: doc.nodes.filter((n) => n.type === 'approval' || n.type === 'handle').map((n) => n.id),
  }
  cache.set(doc, flow)
  return flow
}

export function nodeOf(flow: CompiledFlow, nodeId: string): FlowNode {
  const node = flow.nodes.get(nodeId)
  if (!node) fault('flow.unknown-node', 422, `流程中没有节点 ${nodeId}`, `The flow has no node ${nodeId}`)
  return node
}

export function outgoingOf(flow: CompiledFlow, nodeId: string): FlowEdge[] {
  return flow.outgoing.get(nodeId) ?? []
}
