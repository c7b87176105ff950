import type { FlowDocument, FlowEdge, FlowLayout, FlowNode } from '@tongban/schemas'
import { nodeSize } from '../layout/node-size'
import { extensionElements, TB_NS } from './tongban-extensions'
import { el, serialize, type XmlElement } from './xml'

export interface BpmnExportOptions {
  processId: string
  processName: string
}

/**
 * FlowDocument + layout → BPMN 2.0 XML with diagram interchange. Tongban semantics that BPMN has no
 * words for travel in `tb:` extension elements (namespace {@link TB_NS}), never as bare attributes.
 */
export function exportBpmn(flow: FlowDocument, layout: FlowLayout, options: BpmnExportOptions): string {
  const processId = xmlId(options.processId)
  const incoming = group(flow.edges, (e) => e.target)
  const outgoing = group(flow.edges, (e) => e.source)
  const elements = flow.nodes.map((n) => flowElement(n, flow.edges, incoming.get(n.id) ?? [], outgoing.get(n.id) ?? []))
  const flows = flow.edges.map(sequenceFlow)
  const process = el('bpmn:process', { id: processId, name: options.processName, isExecutable: true }, [
    el('bpmn:extensionElements', {}, [
      el('tb:settings', {
        allowWithdraw: flow.settings.allowWithdraw,
        allowCancel: flow.settings.allowCancel,
        resubmit: flow.settings.resubmit,
      }),
    ]),
    ...elements,
    ...flows,
  ])
  const diagram = el('bpmndi:BPMNDiagram', { id: `${processId}_di` }, [
    el('bpmndi:BPMNPlane', { id: `${processId}_plane`, bpmnElement: processId }, [
      ...flow.nodes.map((n) => shape(n, layout)),
      ...flow.edges.map((e) => edgeShape(e, flow, layout)),
    ]),
  ])
  const root = el(
    'bpmn:definitions',
    {
      'xmlns:bpmn': 'http://www.omg.org/spec/BPMN/20100524/MODEL',
      'xmlns:bpmndi': 'http://www.omg.org/spec/BPMN/20100524/DI',
      'xmlns:dc': 'http://www.omg.org/spec/DD/20100524/DC',
      'xmlns:di': 'http://www.omg.org/spec/DD/20100524/DI',
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xmlns:tb': TB_NS,
      id: `${processId}_definitions`,
      targetNamespace: 'https://tongban.dev/bpmn',
      exporter: 'Tongban Designer',
      exporterVersion: '1',
    },
    [process, diagram],
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(root)}\n`
}

/** BPMN ids are XML NCNames: our ids may contain `:` or start with a digit. */
export function xmlId(id: string): string {
  const safe = id.replace(/[^A-Za-z0-9_.-]/g, '_')
  return /^[A-Za-z_]/.test(safe) ? safe : `_${safe}`
}

// helpers //////////////////////

function bpmnTag(node: FlowNode): string {
  switch (node.type) {
    case 'start':
      return 'bpmn:startEvent'
    case 'end':
      return 'bpmn:endEvent'
    case 'approval':
    case 'handle':
      return 'bpmn:userTask'
    case 'cc':
      return 'bpmn:sendTask'
    case 'exclusive':
      return 'bpmn:exclusiveGateway'
    case 'parallel-split':
    case 'parallel-join':
      return 'bpmn:parallelGateway'
    case 'inclusive-split':
    case 'inclusive-join':
      return 'bpmn:inclusiveGateway'
    case 'subflow':
      return 'bpmn:callActivity'
    case 'timer':
      return 'bpmn:intermediateCatchEvent'
    case 'service':
      return 'bpmn:serviceTask'
  }
}

function flowElement(node: FlowNode, edges: FlowEdge[], incoming: FlowEdge[], outgoing: FlowEdge[]): XmlElement {
  const attrs: Record<string, string | undefined> = { id: xmlId(node.id), name: node.name }
  if (node.type.endsWith('-split')) attrs.gatewayDirection = 'Diverging'
  if (node.type.endsWith('-join')) attrs.gatewayDirection = 'Converging'
  if (node.type === 'exclusive' || node.type === 'inclusive-split') {
    const def = edges.find((e) => e.source === node.id && e.isDefault)
    if (def) attrs.default = xmlId(def.id)
  }
  if (node.type === 'subflow') attrs.calledElement = node.matterCode
  const children: Array<XmlElement | undefined> = [
    node.description ? el('bpmn:documentation', {}, [node.description]) : undefined,
    extensionElements(node),
    ...incoming.map((e) => el('bpmn:incoming', {}, [xmlId(e.id)])),
    ...outgoing.map((e) => el('bpmn:outgoing', {}, [xmlId(e.id)])),
  ]
  if ((node.type === 'approval' || node.type === 'handle') && node.multi && node.multi.mode !== 'any')
    children.push(el('bpmn:multiInstanceLoopCharacteristics', { isSequential: node.multi.mode === 'sequential' }))
  if (node.type === 'timer') children.push(timerDefinition(node))
  return el(bpmnTag(node), attrs, children)
}

function timerDefinition(node: Extract<FlowNode, { type: 'timer' }>): XmlElement {
  const timer = node.timer
  if (timer.kind === 'date')
    return el('bpmn:timerEventDefinition', {}, [el('bpmn:timeDate', { 'xsi:type': 'bpmn:tFormalExpression' }, [timer.expression])])
  const { value, unit } = timer.duration
  // BPMN has no working days: the ISO duration counts calendar days; tb:timeLimit on the node keeps the truth.
  const iso = unit === 'minute' ? `PT${value}M` : unit === 'hour' ? `PT${value}H` : `P${value}D`
  return el('bpmn:timerEventDefinition', {}, [el('bpmn:timeDuration', { 'xsi:type': 'bpmn:tFormalExpression' }, [iso])])
}

function sequenceFlow(edge: FlowEdge): XmlElement {
  return el(
    'bpmn:sequenceFlow',
    { id: xmlId(edge.id), name: edge.name, sourceRef: xmlId(edge.source), targetRef: xmlId(edge.target), 'tb:priority': edge.priority },
    [edge.condition ? el('bpmn:conditionExpression', { 'xsi:type': 'bpmn:tFormalExpression', language: 'tongban' }, [edge.condition]) : undefined],
  )
}

function shape(node: FlowNode, layout: FlowLayout): XmlElement {
  const at = layout.nodes[node.id] ?? { x: 0, y: 0 }
  const { width, height } = nodeSize(node.type)
  return el('bpmndi:BPMNShape', { id: `${xmlId(node.id)}_di`, bpmnElement: xmlId(node.id) }, [
    el('dc:Bounds', { x: at.x - width / 2, y: at.y - height / 2, width, height }),
  ])
}

function edgeShape(edge: FlowEdge, flow: FlowDocument, layout: FlowLayout): XmlElement {
  const bends = layout.edges?.[edge.id]
  const source = layout.nodes[edge.source] ?? { x: 0, y: 0 }
  const target = layout.nodes[edge.target] ?? { x: 0, y: 0 }
  const points = bends && bends.length >= 2 ? bends : [source, ...(bends ?? []), target]
  void flow
  return el(
    'bpmndi:BPMNEdge',
    { id: `${xmlId(edge.id)}_di`, bpmnElement: xmlId(edge.id) },
    points.map((p) => el('di:waypoint', { x: p.x, y: p.y })),
  )
}

function group<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item])
  return map
}
