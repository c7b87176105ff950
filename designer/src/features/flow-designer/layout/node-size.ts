import type { FlowNodeType } from '@tongban/schemas'
import { nodeKind } from '../model/node-catalog'

/** Drawn size of a node (the LogicFlow models use the same numbers). */
export function nodeSize(type: FlowNodeType): { width: number; height: number } {
  switch (nodeKind(type).shape) {
    case 'task':
      return { width: 180, height: 64 }
    case 'gateway':
      return { width: 56, height: 56 }
    case 'event':
      return { width: 48, height: 48 }
  }
}
