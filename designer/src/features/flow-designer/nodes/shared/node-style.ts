import type { FlowNode } from '@tongban/schemas'
import type { LfNodeProperties } from '../../adapters/lf-graph'
import { nodeKind } from '../../model/node-catalog'

export const ISSUE_COLOR = '#ff4d4f'

/** Colours of a node from its kind; a node with a check message gets a red outline. */
export function nodeColors(props: Partial<LfNodeProperties>, fallbackType: FlowNode['type']) {
  const color = nodeKind(props.node?.type ?? fallbackType).color
  return { color, stroke: props.issue ? ISSUE_COLOR : color, strokeWidth: props.issue ? 3 : 1.5 }
}

/** Cut a label to what fits on a card (CJK counts double). */
export function clip(text: string, maxWidth: number): string {
  let width = 0
  let out = ''
  for (const ch of text) {
    width += ch.charCodeAt(0) > 255 ? 2 : 1
    if (width > maxWidth) return out + '…'
    out += ch
  }
  return out
}

/** Start has no incoming edges and end no outgoing ones. */
export const noIncoming = {
  message: '开始节点不能有入线 / A start node takes no incoming edge',
  validate: () => false,
}
export const noOutgoing = {
  message: '结束节点不能有出线 / An end node has no outgoing edge',
  validate: () => false,
}
