import type { FlowEditorState } from '../model/flow-state'
import type { FlowCommand } from './types'

/** Replace the document and layout at once (JSON edit, import). */
export function replaceFlow(next: FlowEditorState, label = '替换流程'): FlowCommand {
  let previous: FlowEditorState | undefined
  return {
    label,
    execute(s) {
      previous = s
      return next
    },
    revert: (s) => previous ?? s,
  }
}
