import { archiveLookup } from '../../../fixtures'
import { CommandStack } from '../../../shared/command-stack'
import type { FlowEditorState } from '../model/flow-state'

/** A fresh stack over the archive-lookup flow (deep copy: tests may not share state). */
export function archiveStack(): { stack: CommandStack<FlowEditorState>; initial: FlowEditorState } {
  const initial: FlowEditorState = structuredClone({ flow: archiveLookup.flow, layout: archiveLookup.layout! })
  return { stack: new CommandStack(initial), initial }
}
