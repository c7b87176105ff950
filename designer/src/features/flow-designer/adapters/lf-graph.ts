import type { FlowEdge, FlowNode, FlowNodeType } from '@tongban/schemas'
import type { Point } from '../model/flow-state'

/**
 * The slice of LogicFlow's graph data the designer reads and writes (structurally compatible with
 * `LogicFlow.GraphConfigData` / `GraphData`). Node types are namespaced (`tb:approval`) so they
 * never clash with LogicFlow's built-ins.
 */
export interface LfNodeProperties {
  /** The semantic node, verbatim. */
  node: FlowNode
  /** View-only: second line of the card (assignees, multi mode…). */
  subtitle?: string
  /** View-only: the type label in the UI language, with the multi-approver mode (`审批 · 会签`). */
  kindLabel?: string
  /** View-only: the first check message on this node (red outline). */
  issue?: string
  [key: string]: unknown
}

export interface LfEdgeProperties {
  /** The semantic edge without id/source/target (LogicFlow holds those). */
  edge: Omit<FlowEdge, 'id' | 'source' | 'target'>
  issue?: string
  [key: string]: unknown
}

export interface LfNode {
  id: string
  type: string
  x: number
  y: number
  text?: string | { value: string; x: number; y: number }
  properties: LfNodeProperties
}

export interface LfEdge {
  id: string
  type: string
  sourceNodeId: string
  targetNodeId: string
  text?: string | { value: string; x: number; y: number }
  pointsList?: Point[]
  properties: LfEdgeProperties
}

export interface LfGraph {
  nodes: LfNode[]
  edges: LfEdge[]
}

export const LF_EDGE_TYPE = 'tb:edge'
const PREFIX = 'tb:'

export const toLfType = (type: FlowNodeType): string => PREFIX + type

export function fromLfType(lfType: string): FlowNodeType {
  if (!lfType.startsWith(PREFIX)) throw new Error(`not a Tongban node type: ${lfType}`)
  return lfType.slice(PREFIX.length) as FlowNodeType
}

/** The label an edge shows: its name, else its condition; the default branch says so. */
export function edgeLabel(edge: Omit<FlowEdge, 'id' | 'source' | 'target'>): string {
  const text = edge.name ?? edge.condition ?? ''
  return edge.isDefault ? (text ? `${text}（默认）` : '默认') : text
}
