import type { FlowDocument, FlowEdge, FlowLayout, FlowNode } from '@tongban/schemas'

/** What the flow designer edits: the meaning (engine input) and the layout, kept apart. */
export interface FlowEditorState {
  flow: FlowDocument
  layout: FlowLayout
}

export type Point = { x: number; y: number }

export function findNode(state: FlowEditorState, id: string): FlowNode | undefined {
  return state.flow.nodes.find((n) => n.id === id)
}

export function findEdge(state: FlowEditorState, id: string): FlowEdge | undefined {
  return state.flow.edges.find((e) => e.id === id)
}

/** A fresh id `<prefix>-<n>` not used by any node or edge. */
export function nextId(state: FlowEditorState, prefix: string): string {
  const used = new Set<string>([...state.flow.nodes.map((n) => n.id), ...state.flow.edges.map((e) => e.id)])
  let n = used.size + 1
  while (used.has(`${prefix}-${n}`)) n++
  return `${prefix}-${n}`
}

/** Copy of `record` without `key` (layout maps). */
export function omitKey<T>(record: Record<string, T> | undefined, key: string): Record<string, T> | undefined {
  if (!record || !(key in record)) return record
  const { [key]: _drop, ...rest } = record
  return rest
}
