import type LogicFlow from '@logicflow/core'
import type { LfEdge, LfNode } from '../adapters/lf-graph'
import type { CanvasOp } from './diff-graphs'

/**
 * Apply {@link CanvasOp}s to a live LogicFlow. Idempotent: an element the user already created on
 * the canvas (drawn edge, dropped node) is updated in place instead of added twice.
 */
export function applyCanvasOps(lf: LogicFlow, ops: readonly CanvasOp[]): void {
  for (const op of ops) {
    switch (op.op) {
      case 'remove-edge':
        if (lf.getEdgeModelById(op.id)) lf.deleteEdge(op.id)
        break
      case 'remove-node':
        if (lf.getNodeModelById(op.id)) lf.deleteNode(op.id)
        break
      case 'add-node':
        if (lf.getNodeModelById(op.node.id)) {
          move(lf, op.node.id, op.node.x, op.node.y)
          setNodeProperties(lf, op.node)
        } else lf.addNode(op.node)
        break
      case 'move-node':
        move(lf, op.id, op.x, op.y)
        break
      case 'update-node':
        setNodeProperties(lf, op.node)
        break
      case 'add-edge':
        if (lf.getEdgeModelById(op.edge.id)) updateEdge(lf, op.edge)
        else lf.addEdge(op.edge)
        break
      case 'update-edge':
        updateEdge(lf, op.edge)
        break
      case 'reroute-edge':
        if (lf.getEdgeModelById(op.edge.id)) lf.deleteEdge(op.edge.id)
        lf.addEdge(op.edge)
        break
    }
  }
}

// helpers //////////////////////

function move(lf: LogicFlow, id: string, x: number, y: number) {
  const model = lf.getNodeModelById(id)
  if (model && (model.x !== x || model.y !== y)) lf.graphModel.moveNode2Coordinate(id, x, y, true)
}

function setNodeProperties(lf: LogicFlow, node: LfNode) {
  // setProperties merges, and its JSON copy drops `undefined`: name the view-only keys with null so
  // a cleared issue (or subtitle) really disappears from the canvas.
  lf.setProperties(node.id, { issue: null, subtitle: null, ...node.properties })
}

function updateEdge(lf: LogicFlow, edge: LfEdge) {
  lf.setProperties(edge.id, { issue: null, ...edge.properties })
  const text = typeof edge.text === 'string' ? edge.text : (edge.text?.value ?? '')
  lf.updateText(edge.id, text)
}
