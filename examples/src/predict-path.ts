import { evaluateExpression, type FlowDocument } from '@tongban/schemas'

/**
 * The nodes a case visits when every human task approves and the data does not change: exclusive
 * splits take the first true condition by priority (else the default), inclusive splits every true
 * condition (else the default), everything else all outgoing edges. Returned in flow order.
 * A test oracle for the examples' `expectedNodes`, not the engine's preview.
 */
export function predictPath(flow: FlowDocument, data: Record<string, unknown>): string[] {
  const scope = { ...data, $values: data }
  const holds = (condition: string) => evaluateExpression(condition, scope) === true
  const type = new Map(flow.nodes.map((n) => [n.id, n.type]))
  const visited = new Set<string>()
  const queue = flow.nodes.filter((n) => n.type === 'start').map((n) => n.id)
  while (queue.length) {
    const id = queue.shift()!
    if (visited.has(id)) continue
    visited.add(id)
    const out = flow.edges.map((e, index) => ({ e, index })).filter(({ e }) => e.source === id)
    let next = out.map(({ e }) => e)
    if (type.get(id) === 'exclusive') {
      const ordered = out.filter(({ e }) => !e.isDefault).sort((a, b) => (a.e.priority ?? 0) - (b.e.priority ?? 0) || a.index - b.index)
      const taken = ordered.find(({ e }) => e.condition && holds(e.condition)) ?? out.find(({ e }) => e.isDefault)
      next = taken ? [taken.e] : []
    } else if (type.get(id) === 'inclusive-split') {
      const taken = out.filter(({ e }) => !e.isDefault && e.condition && holds(e.condition)).map(({ e }) => e)
      next = taken.length ? taken : out.filter(({ e }) => e.isDefault).map(({ e }) => e)
    }
    for (const e of next) queue.push(e.target)
  }
  return flow.nodes.filter((n) => visited.has(n.id)).map((n) => n.id)
}
