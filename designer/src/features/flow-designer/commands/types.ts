import type { Command } from '../../../shared/command-stack'
import type { FlowEditorState } from '../model/flow-state'

/** Every flow edit is one of these (execute/revert on {@link FlowEditorState}). */
export type FlowCommand = Command<FlowEditorState>
