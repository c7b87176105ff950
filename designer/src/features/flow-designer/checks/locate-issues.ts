import type { FlowDocument, Issue } from '@tongban/schemas'

/** The designer element an issue belongs to: a node, an edge, or the flow as a whole. */
export interface LocatedIssue extends Issue {
  elementId?: string
  elementKind?: 'node' | 'edge'
}

/**
 * Attach each issue to the node or edge it is about: from `target` when the check set it, else from
 * a JSON pointer such as `/nodes/3/assignees` or `/flow/edges/2/condition`.
 */
export function locateIssues(flow: FlowDocument, issues: readonly Issue[]): LocatedIssue[] {
  return issues.map((issue) => {
    if (issue.target?.nodeId) return { ...issue, elementId: issue.target.nodeId, elementKind: 'node' }
    if (issue.target?.edgeId) return { ...issue, elementId: issue.target.edgeId, elementKind: 'edge' }
    const m = /(?:^|\/)(nodes|edges)\/(\d+)(?:\/|$)/.exec(issue.path)
    if (!m) return { ...issue }
    const list = m[1] === 'nodes' ? flow.nodes : flow.edges
    const el = list[Number(m[2])]
    return el ? { ...issue, elementId: el.id, elementKind: m[1] === 'nodes' ? 'node' : 'edge' } : { ...issue }
  })
}

/** First error (else warning) message per element, for the red outlines. */
export function messagesByElement(issues: readonly LocatedIssue[], lang: 'zh-CN' | 'en'): Map<string, string> {
  const map = new Map<string, string>()
  const sorted = [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
  for (const i of sorted) if (i.elementId && !map.has(i.elementId)) map.set(i.elementId, lang === 'en' ? i.messageEn : i.message)
  return map
}
