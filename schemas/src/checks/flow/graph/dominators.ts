/**
 * Immediate dominators by the iterative algorithm of Cooper, Harvey and Kennedy ("A Simple, Fast
 * Dominance Algorithm", 2001). Works on any directed graph, cycles included; nodes unreachable from
 * the entry get no dominator. Post-dominators are dominators of the reversed graph.
 */
export interface DirectedGraph {
  successors(node: string): readonly string[]
  predecessors(node: string): readonly string[]
}

/** `idom.get(n)` is n's immediate dominator; the entry maps to itself. */
export type DominatorTree = ReadonlyMap<string, string>

export function immediateDominators(entry: string, graph: DirectedGraph): DominatorTree {
  const order = reversePostorder(entry, graph)
  const rank = new Map(order.map((node, i) => [node, i]))
  const idom = new Map<string, string>([[entry, entry]])
  let changed = true
  while (changed) {
    changed = false
    for (const node of order) {
      if (node === entry) continue
      let candidate: string | undefined
      for (const pred of graph.predecessors(node)) {
        if (!idom.has(pred)) continue
        candidate = candidate === undefined ? pred : intersect(pred, candidate, idom, rank)
      }
      if (candidate !== undefined && idom.get(node) !== candidate) {
        idom.set(node, candidate)
        changed = true
      }
    }
  }
  return idom
}

/** Whether `a` dominates `b` (every node dominates itself). */
export function dominates(tree: DominatorTree, a: string, b: string): boolean {
  let node: string | undefined = b
  while (node !== undefined) {
    if (node === a) return true
    const up: string | undefined = tree.get(node)
    if (up === node) return false
    node = up
  }
  return false
}

/** The graph with every edge turned round: its dominators are the original's post-dominators. */
export function reversed(graph: DirectedGraph): DirectedGraph {
  return { successors: (n) => graph.predecessors(n), predecessors: (n) => graph.successors(n) }
}

// helpers

function reversePostorder(entry: string, graph: DirectedGraph): string[] {
  const seen = new Set<string>([entry])
  const post: string[] = []
  // Iterative DFS: flows are small, but a generated one must not overflow the stack.
  const stack: Array<{ node: string; next: number }> = [{ node: entry, next: 0 }]
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!
    const successors = graph.successors(top.node)
    if (top.next < successors.length) {
      const child = successors[top.next++]!
      if (!seen.has(child)) {
        seen.add(child)
        stack.push({ node: child, next: 0 })
      }
    } else {
      post.push(top.node)
      stack.pop()
    }
  }
  return post.reverse()
}

function intersect(a: string, b: string, idom: Map<string, string>, rank: Map<string, number>): string {
  let x = a
  let y = b
  while (x !== y) {
    while (rank.get(x)! > rank.get(y)!) x = idom.get(x)!
    while (rank.get(y)! > rank.get(x)!) y = idom.get(y)!
  }
  return x
}
