import type { FlowNode, FlowNodeType } from '@tongban/schemas'

export type NodeShape = 'event' | 'task' | 'gateway'

export interface NodeKind {
  type: FlowNodeType
  title: { 'zh-CN': string; en: string }
  shape: NodeShape
  color: string
  /** Shown in the palette (start is placed once, with every new flow). */
  inPalette: boolean
  /** Palette group. */
  group: 'event' | 'task' | 'gateway' | 'integration'
}

const t = (zh: string, en: string) => ({ 'zh-CN': zh, en })

/** Every flow node type the designer draws, in palette order. */
export const NODE_KINDS: readonly NodeKind[] = [
  { type: 'start', title: t('开始', 'Start'), shape: 'event', color: '#52c41a', inPalette: false, group: 'event' },
  { type: 'approval', title: t('审批', 'Approval'), shape: 'task', color: '#1677ff', inPalette: true, group: 'task' },
  { type: 'handle', title: t('办理', 'Handling'), shape: 'task', color: '#13c2c2', inPalette: true, group: 'task' },
  { type: 'cc', title: t('抄送', 'Carbon copy'), shape: 'task', color: '#722ed1', inPalette: true, group: 'task' },
  { type: 'exclusive', title: t('条件分支', 'Exclusive split'), shape: 'gateway', color: '#fa8c16', inPalette: true, group: 'gateway' },
  { type: 'parallel-split', title: t('并行分支', 'Parallel split'), shape: 'gateway', color: '#2f54eb', inPalette: true, group: 'gateway' },
  { type: 'parallel-join', title: t('并行汇合', 'Parallel join'), shape: 'gateway', color: '#2f54eb', inPalette: true, group: 'gateway' },
  { type: 'inclusive-split', title: t('包容分支', 'Inclusive split'), shape: 'gateway', color: '#eb2f96', inPalette: true, group: 'gateway' },
  { type: 'inclusive-join', title: t('包容汇合', 'Inclusive join'), shape: 'gateway', color: '#eb2f96', inPalette: true, group: 'gateway' },
  { type: 'subflow', title: t('子流程', 'Sub-flow'), shape: 'task', color: '#a0d911', inPalette: true, group: 'integration' },
  { type: 'timer', title: t('定时', 'Timer'), shape: 'event', color: '#faad14', inPalette: true, group: 'integration' },
  { type: 'service', title: t('服务调用', 'Service call'), shape: 'task', color: '#597ef7', inPalette: true, group: 'integration' },
  { type: 'end', title: t('结束', 'End'), shape: 'event', color: '#f5222d', inPalette: true, group: 'event' },
]

export function nodeKind(type: FlowNodeType): NodeKind {
  const kind = NODE_KINDS.find((k) => k.type === type)
  if (!kind) throw new Error(`unknown flow node type ${type}`)
  return kind
}

/** The node a palette drop creates: valid against the contract as it stands. */
export function createNode(type: FlowNodeType, id: string): FlowNode {
  const name = nodeKind(type).title['zh-CN']
  switch (type) {
    case 'approval':
    case 'handle':
      return { id, type, name, assignees: [{ kind: 'applicant-head', levels: 1, mode: 'nth' }] }
    case 'cc':
      return { id, type, name, assignees: [{ kind: 'applicant' }] }
    case 'subflow':
      return { id, type, name, matterCode: 'MATTER-CODE', inputs: [], outputs: [], applicant: 'case-applicant' }
    case 'timer':
      return { id, type, name, timer: { kind: 'duration', duration: { value: 1, unit: 'workday' } } }
    case 'service':
      return { id, type, name, topic: 'case.notify', payload: [], waitForCallback: false }
    case 'end':
      return { id, type, name, outcome: 'completed' }
    default:
      return { id, type, name } as FlowNode
  }
}
