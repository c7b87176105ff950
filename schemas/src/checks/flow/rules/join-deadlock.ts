import { dominates } from '../graph/dominators'
import type { FlowGraph } from '../graph/flow-graph'
import { nodeIssue, nodeLabel, nodesOfType, type FlowCheck } from '../flow-check'
import { CONDITIONAL_SPLITS } from './default-branch'

const CODE = 'flow.join-deadlock'

/**
 * A parallel join waits for a token on every input. It deadlocks when a conditional split X inside
 * its region may send the token that should reach an input somewhere else: X reaches the input's
 * source u (without passing the join) but u does not post-dominate X — or u is X itself, whose
 * edge fires only when its condition holds. The region is the join's matching parallel split, or
 * the whole flow when it has none. See ARCHITECTURE.md, "Join deadlock".
 */
export const joinDeadlock: FlowCheck = {
  code: CODE,
  title: { 'zh-CN': '并行汇聚不会死锁', en: 'Parallel joins cannot deadlock' },
  run({ graph }) {
    if (!graph.start) return []
    const idom = graph.dominators()
    const ipdom = graph.postDominators()
    return nodesOfType(graph, ['parallel-join']).flatMap((join) => {
      const joinId = join.node.id
      const head = idom.get(joinId)
      if (head === undefined) return []
      const root = graph.nodes.get(head)!.node.type === 'parallel-split' ? head : graph.start!
      const culprits = new Set<string>()
      for (const input of graph.incoming(joinId)) {
        const u = input.edge.source
        // Inside the region only: walking back past R would leave it (R dominates every input).
        const upstream = regionUpstream(graph, u, joinId, root)
        for (const x of upstream) {
          const type = graph.nodes.get(x)?.node.type
          if (!type || !(CONDITIONAL_SPLITS as readonly string[]).includes(type)) continue
          if (!idom.has(x) || !dominates(idom, root, x) || !ipdom.has(x)) continue
          if (x === u || !dominates(ipdom, u, x)) culprits.add(x)
        }
      }
      if (culprits.size === 0) return []
      const names = [...culprits].map((id) => nodeLabel(graph.nodes.get(id)!.node)).join('、')
      return [
        nodeIssue(
          CODE,
          join,
          `并行汇聚${nodeLabel(join.node)}可能死锁：条件分支${names}可能使某些入线永远等不到`,
          `Parallel join ${nodeLabel(join.node)} can deadlock: conditional split(s) ${names} may leave some of its inputs waiting forever`,
        ),
      ]
    })
  },
}

// helpers

/** Nodes from which `from` is reachable without passing `join`, not walking back beyond `root`. */
function regionUpstream(graph: FlowGraph, from: string, join: string, root: string): Set<string> {
  const seen = new Set<string>()
  const stack = [from]
  while (stack.length > 0) {
    const id = stack.pop()!
    if (seen.has(id) || id === join) continue
    seen.add(id)
    if (id !== root) stack.push(...graph.predecessors(id))
  }
  return seen
}
