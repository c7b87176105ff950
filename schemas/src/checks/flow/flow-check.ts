import { issue, type Issue } from '../../common/issue'
import type { FlowDocument, FlowNode } from '../../flow/flow.schema'
import type { DocumentCheck } from '../check'
import type { FormFacts } from '../form/form-model'
import type { FlowGraph, IndexedEdge, IndexedNode } from './graph/flow-graph'

export interface FlowCheckContext {
  readonly flow: FlowDocument
  readonly graph: FlowGraph
  /** The form of the same bundle, when known: field names for conditions, permissions, rules. */
  readonly form?: FormFacts
  /** Organisation role codes of the directory, when known. */
  readonly knownRoles?: ReadonlySet<string>
  /** Matter codes that exist, when known (for sub-flows). */
  readonly knownMatterCodes?: ReadonlySet<string>
}

export type FlowCheck = DocumentCheck<FlowCheckContext>

/** Context names a flow expression may read. */
export const FLOW_EXPRESSION_CONTEXT: readonly string[] = ['$applicant', '$case', '$today', '$now']

/** Node type names for messages. */
export const NODE_TYPE_LABEL: Readonly<Record<FlowNode['type'], { zh: string; en: string }>> = {
  start: { zh: '开始节点', en: 'start node' },
  approval: { zh: '审批节点', en: 'approval node' },
  handle: { zh: '办理节点', en: 'handle node' },
  cc: { zh: '抄送节点', en: 'cc node' },
  exclusive: { zh: '排他分支', en: 'exclusive split' },
  'parallel-split': { zh: '并行分支', en: 'parallel split' },
  'parallel-join': { zh: '并行汇聚', en: 'parallel join' },
  'inclusive-split': { zh: '包容分支', en: 'inclusive split' },
  'inclusive-join': { zh: '包容汇聚', en: 'inclusive join' },
  subflow: { zh: '子流程节点', en: 'sub-flow node' },
  timer: { zh: '定时节点', en: 'timer node' },
  service: { zh: '服务调用节点', en: 'service node' },
  end: { zh: '结束节点', en: 'end node' },
}

/** `“科室审核”(a1)`: how messages name a node. */
export function nodeLabel(node: FlowNode): string {
  return `“${node.name}”(${node.id})`
}

export function nodeIssue(
  code: string,
  at: IndexedNode,
  zh: string,
  en: string,
  options: { suffix?: string; severity?: Issue['severity'] } = {},
): Issue {
  return issue(`/nodes/${at.index}${options.suffix ?? ''}`, code, zh, en, {
    severity: options.severity,
    target: { nodeId: at.node.id },
  })
}

export function edgeIssue(
  code: string,
  at: IndexedEdge,
  zh: string,
  en: string,
  options: { suffix?: string; severity?: Issue['severity'] } = {},
): Issue {
  return issue(`/edges/${at.index}${options.suffix ?? ''}`, code, zh, en, {
    severity: options.severity,
    target: { edgeId: at.edge.id },
  })
}

/** The indexed nodes of the given types, in document order. */
export function nodesOfType(graph: FlowGraph, types: readonly string[]): IndexedNode[] {
  return [...graph.nodes.values()].filter((n) => types.includes(n.node.type))
}
