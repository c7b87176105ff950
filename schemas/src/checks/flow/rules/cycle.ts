import { nodeIssue, nodeLabel, type FlowCheck } from '../flow-check'
import type { FlowGraph } from '../graph/flow-graph'

const CODE = 'flow.cycle'

/**
 * Cycles in the graph are suspicious: returns and corrections happen through task actions
 * ("return to node", 补正), not through edges. A warning, not an error: a deliberate loop (e.g.
 * re-review after a timer) is possible.
 */
export const cycle: FlowCheck = {
  code: CODE,
  title: { 'zh-CN': '流程图中没有回路', en: 'No cycles in the graph' },
  run({ graph }) {
    return stronglyConnected(graph)
      .filter((component) => component.length > 1 || selfLoop(graph, component[0]!))
      .map((component) => {
        const first = graph.nodes.get(component[0]!)!
        const names = component.map((id) => nodeLabel(graph.nodes.get(id)!.node)).join('、')
        return nodeIssue(
          CODE,
          first,
          `流程图中有回路，经过${names}。退回请使用“退回”操作，而不是连线`,
          `The graph has a cycle through ${names}. Use the "return" action for returns, not edges`,
          { severity: 'warning' },
        )
      })
  },
}

// helpers

function selfLoop(graph: FlowGraph, id: string): boolean {
  return graph.successors(id).includes(id)
}

/** Tarjan's algorithm, iterative; components listed in document order of their first node. */
function stronglyConnected(graph: FlowGraph): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const onStack = new Set<string>()
  const stack: string[] = []
  const components: string[][] = []
  let counter = 0
  const ids = [...graph.nodes.keys()]
  const next = (id: string) => graph.successors(id).filter((s) => graph.nodes.has(s))
  for (const root of ids) {
    if (index.has(root)) continue
    const work: Array<{ id: string; i: number }> = [{ id: root, i: 0 }]
    index.set(root, counter)
    low.set(root, counter++)
    stack.push(root)
    onStack.add(root)
    while (work.length > 0) {
      const frame = work[work.length - 1]!
      const succ = next(frame.id)
      if (frame.i < succ.length) {
        const w = succ[frame.i++]!
        if (!index.has(w)) {
          index.set(w, counter)
          low.set(w, counter++)
          stack.push(w)
          onStack.add(w)
          work.push({ id: w, i: 0 })
        } else if (onStack.has(w)) {
          low.set(frame.id, Math.min(low.get(frame.id)!, index.get(w)!))
        }
        continue
      }
      work.pop()
      const parent = work[work.length - 1]
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!))
      if (low.get(frame.id) === index.get(frame.id)) {
        const component: string[] = []
        let w: string
        do {
          w = stack.pop()!
          onStack.delete(w)
          component.push(w)
        } while (w !== frame.id)
        components.push(component.sort((a, b) => graph.nodes.get(a)!.index - graph.nodes.get(b)!.index))
      }
    }
  }
  return components
}
