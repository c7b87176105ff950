import LogicFlow from '@logicflow/core'
import '@logicflow/core/es/index.css'
import { MiniMap } from '@logicflow/extension'
import '@logicflow/extension/es/index.css'
import type { FlowNode } from '@tongban/schemas'
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react'
import { fromFlowDocument } from '../adapters/from-flow-document'
import { fromLfType, LF_EDGE_TYPE, type LfGraph, type LfNodeProperties } from '../adapters/lf-graph'
import { addEdge, addNode, moveNodes, removeElements, type FlowCommand } from '../commands'
import { nextId, type FlowEditorState } from '../model/flow-state'
import { createNode } from '../model/node-catalog'
import { registerFlowElements } from '../nodes/register-nodes'
import { applyCanvasOps } from './apply-canvas-ops'
import { diffGraphs } from './diff-graphs'
import { routeEdges } from './route-edges'

export type Selection = { id: string; kind: 'node' | 'edge' } | undefined

export interface FlowCanvasProps {
  state: FlowEditorState
  /** Check messages by element id (red outlines). */
  issues?: ReadonlyMap<string, string>
  subtitle?: (node: FlowNode) => string
  kindLabel?: (node: FlowNode) => string
  selection?: Selection
  onCommand(command: FlowCommand): void
  onSelect(selection: Selection): void
  /** Render only what is in view (large flows). */
  partial?: boolean
  /** Show the minimap (default true). */
  minimap?: boolean
  height?: number | string
}

/** What the toolbar and palette may do with the canvas. */
export interface FlowCanvasHandle {
  lf(): LogicFlow | undefined
  zoomIn(): void
  zoomOut(): void
  resetZoom(): void
  fitView(): void
  /** Start dragging a new node of `type` from the palette. */
  startDrag(node: FlowNode): void
}

/**
 * The LogicFlow canvas. The editor state is the truth: user gestures on the canvas become commands,
 * and every new state is diffed against the last one rendered and applied to LogicFlow.
 */
export const FlowCanvas = forwardRef<FlowCanvasHandle, FlowCanvasProps>(function FlowCanvas(props, ref) {
  const container = useRef<HTMLDivElement>(null)
  const lfRef = useRef<LogicFlow>()
  const rendered = useRef<LfGraph>({ nodes: [], edges: [] })
  const latest = useRef(props)
  latest.current = props
  const minimapRefresh = useRef<ReturnType<typeof setTimeout>>()

  useImperativeHandle(ref, () => ({
    lf: () => lfRef.current,
    zoomIn: () => void lfRef.current?.zoom(true),
    zoomOut: () => void lfRef.current?.zoom(false),
    resetZoom: () => lfRef.current?.resetZoom(),
    fitView: () => lfRef.current?.fitView(40, 40),
    startDrag: (node) =>
      lfRef.current?.dnd.startDrag({ type: 'tb:' + node.type, properties: { node } satisfies Partial<LfNodeProperties> }),
  }))

  useEffect(() => {
    if (!container.current) return
    const lf = new LogicFlow({
      container: container.current,
      grid: { size: 10, visible: true, type: 'dot' },
      history: false,
      keyboard: { enabled: false },
      textEdit: false,
      partial: latest.current.partial ?? false,
      plugins: latest.current.minimap === false ? [] : [MiniMap],
      pluginsOptions: { miniMap: { width: 180, height: 120, rightPosition: 12, bottomPosition: 12, isShowHeader: false, isShowCloseIcon: false } },
      idGenerator: (type?: string) => nextId(latest.current.state, type === LF_EDGE_TYPE || !type ? 'edge' : type.replace(/^tb:/, '')),
    })
    registerFlowElements(lf)
    lf.setDefaultEdgeType(LF_EDGE_TYPE)
    const first = graphOf(latest.current)
    lf.render(first)
    rendered.current = first
    // Open large flows zoomed to fit; small ones stay at 100 %.
    const { clientWidth, clientHeight } = container.current
    const farX = Math.max(0, ...first.nodes.map((n) => n.x)) + 120
    const farY = Math.max(0, ...first.nodes.map((n) => n.y)) + 80
    if (clientWidth && clientHeight && (farX > clientWidth || farY > clientHeight)) lf.fitView(40, 40)
    // The minimap renders a second copy of the graph: show it after the canvas has painted.
    const minimapTimer = setTimeout(() => lfRef.current === lf && (lf.extension.miniMap as MiniMap | undefined)?.show(), 0)
    wireEvents(lf, () => latest.current)
    lfRef.current = lf
    return () => {
      clearTimeout(minimapTimer)
      clearTimeout(minimapRefresh.current)
      lf.destroy()
      lfRef.current = undefined
    }
  }, [])

  useEffect(() => {
    const lf = lfRef.current
    if (!lf) return
    const next = graphOf(props)
    const ops = diffGraphs(rendered.current, next)
    applyCanvasOps(lf, ops)
    rendered.current = next
    // The minimap redraws its copy only on LogicFlow's 'history:change', which never fires with
    // LogicFlow's history off (ours is the command stack): tell it, once per burst of edits.
    if (ops.length && lf.extension.miniMap) {
      clearTimeout(minimapRefresh.current)
      minimapRefresh.current = setTimeout(() => lfRef.current === lf && refreshMinimap(lf), MINIMAP_REFRESH_MS)
    }
  }, [props.state, props.issues, props.subtitle, props.kindLabel])

  useEffect(() => {
    const lf = lfRef.current
    if (!lf) return
    if (props.selection) lf.selectElementById(props.selection.id)
    else lf.clearSelectElements()
  }, [props.selection])

  const onKeyDown = (e: React.KeyboardEvent) => {
    const sel = latest.current.selection
    if ((e.key === 'Delete' || e.key === 'Backspace') && sel) {
      e.preventDefault()
      latest.current.onCommand(removeElements([sel.id]))
      latest.current.onSelect(undefined)
    }
  }

  return (
    <div
      ref={container}
      tabIndex={0}
      onKeyDown={onKeyDown}
      className="tb-flow-canvas"
      data-testid="flow-canvas"
      style={{ width: '100%', height: props.height ?? '100%', outline: 'none', position: 'relative' }}
    />
  )
})

// helpers //////////////////////

const MINIMAP_REFRESH_MS = 60

/** Make the MiniMap redraw its copy of the graph (it listens to this public LogicFlow event). */
function refreshMinimap(lf: LogicFlow) {
  lf.emit('history:change', { data: { undos: [], redos: [], undoAble: false, redoAble: false } })
}

function graphOf(p: FlowCanvasProps): LfGraph {
  return routeEdges(fromFlowDocument(p.state.flow, p.state.layout, { issues: p.issues, subtitle: p.subtitle, kindLabel: p.kindLabel }))
}

type Data = { id: string; type: string; x: number; y: number; properties?: Partial<LfNodeProperties> }
type EdgeData = { id: string; sourceNodeId: string; targetNodeId: string }

function wireEvents(lf: LogicFlow, props: () => FlowCanvasProps) {
  lf.on('node:click', ({ data }: { data: Data }) => props().onSelect({ id: data.id, kind: 'node' }))
  lf.on('edge:click', ({ data }: { data: EdgeData }) => props().onSelect({ id: data.id, kind: 'edge' }))
  lf.on('blank:click', () => props().onSelect(undefined))
  lf.on('node:dnd-add', ({ data }: { data: Data }) => {
    const type = fromLfType(data.type)
    const template = data.properties?.node ?? createNode(type, data.id)
    props().onCommand(addNode({ ...template, id: data.id } as FlowNode, { x: data.x, y: data.y }))
    props().onSelect({ id: data.id, kind: 'node' })
  })
  lf.on('node:drop', () => {
    // Several selected nodes move together: record every node whose position changed.
    const { layout } = props().state
    const moves: Record<string, { x: number; y: number }> = {}
    for (const n of lf.graphModel.nodes) {
      const at = layout.nodes[n.id]
      if (!at || at.x !== n.x || at.y !== n.y) moves[n.id] = { x: n.x, y: n.y }
    }
    if (Object.keys(moves).length) props().onCommand(moveNodes(moves))
  })
  lf.on('edge:add', ({ data }: { data: EdgeData }) => {
    props().onCommand(addEdge({ id: data.id, source: data.sourceNodeId, target: data.targetNodeId }))
  })
}
