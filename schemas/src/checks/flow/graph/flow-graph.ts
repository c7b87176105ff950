import type { FlowDocument, FlowEdge, FlowNode } from '../../../flow/flow.schema'
import { immediateDominators, reversed, type DirectedGraph, type DominatorTree } from './dominators'

export interface IndexedNode {
  readonly node: FlowNode
  /** Position in `flow.nodes`, for JSON pointers. */
  readonly index: number
}

export interface IndexedEdge {
  readonly edge: FlowEdge
  readonly index: number
}

/**
 * The flow as a graph, for the static checks. Built leniently from any schema-valid flow: the
 * first node of a duplicated id wins, and edges naming unknown nodes are left out (other checks
 * report both), so every analysis below runs on a consistent graph.
 */
export interface FlowGraph extends DirectedGraph {
  readonly nodes: ReadonlyMap<string, IndexedNode>
  /** The start node's id when there is exactly one. */
  readonly start: string | undefined
  readonly ends: readonly string[]
  outgoing(id: string): readonly IndexedEdge[]
  incoming(id: string): readonly IndexedEdge[]
  /** Immediate dominators from the start (empty without a single start). */
  dominators(): DominatorTree
  /**
   * Immediate post-dominators towards {@link EXIT}, a virtual node after every end. Nodes that
   * cannot reach an end have none.
   */
  postDominators(): DominatorTree
}

/** The virtual sink of the post-dominator analysis. Not a valid node id, so it cannot clash. */
export const EXIT = '\u0000exit'

export function buildFlowGraph(flow: FlowDocument): FlowGraph {
  const nodes = new Map<string, IndexedNode>()
  flow.nodes.forEach((node, index) => {
    if (!nodes.has(node.id)) nodes.set(node.id, { node, index })
  })
  const outgoing = new Map<string, IndexedEdge[]>()
  const incoming = new Map<string, IndexedEdge[]>()
  flow.edges.forEach((edge, index) => {
    if (!nodes.has(edge.source) || !nodes.has(edge.target)) return
    push(outgoing, edge.source, { edge, index })
    push(incoming, edge.target, { edge, index })
  })
  const starts = flow.nodes.filter((n) => n.type === 'start')
  const ends = [...nodes.values()].filter((n) => n.node.type === 'end').map((n) => n.node.id)
  const start = starts.length === 1 ? starts[0]!.id : undefined

  const successors = (id: string): string[] => {
    if (id === EXIT) return []
    const next = (outgoing.get(id) ?? []).map((e) => e.edge.target)
    return nodes.get(id)?.node.type === 'end' ? [...next, EXIT] : next
  }
  const predecessors = (id: string): string[] =>
    id === EXIT ? ends : (incoming.get(id) ?? []).map((e) => e.edge.source)

  let dominatorTree: DominatorTree | undefined
  let postDominatorTree: DominatorTree | undefined
  const graph: FlowGraph = {
    nodes,
    start,
    ends,
    successors,
    predecessors,
    outgoing: (id) => outgoing.get(id) ?? [],
    incoming: (id) => incoming.get(id) ?? [],
    dominators: () => (dominatorTree ??= start ? immediateDominators(start, graph) : new Map()),
    postDominators: () => (postDominatorTree ??= immediateDominators(EXIT, reversed(graph))),
  }
  return graph
}

/** Every node reachable from `from` (included) following edges, never entering `blocked`. */
export function reachable(
  graph: DirectedGraph,
  from: readonly string[],
  options: { backwards?: boolean; blocked?: ReadonlySet<string> } = {},
): Set<string> {
  const next = options.backwards ? graph.predecessors : graph.successors
  const seen = new Set<string>()
  const stack = [...from]
  while (stack.length > 0) {
    const id = stack.pop()!
    if (seen.has(id) || options.blocked?.has(id)) continue
    seen.add(id)
    stack.push(...next(id))
  }
  return seen
}

// helpers

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
