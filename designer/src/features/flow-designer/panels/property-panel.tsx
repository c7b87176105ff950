import type { FlowEdge, FlowNode } from '@tongban/schemas'
import type { FieldInfo } from '../../../shared/form/list-fields'
import type { Selection } from '../canvas/flow-canvas'
import { updateEdge, updateNode, updateSettings, type FlowCommand } from '../commands'
import { findEdge, findNode, type FlowEditorState } from '../model/flow-state'
import { EdgePanel } from './edge-panel'
import { NodePanel } from './node-panel'
import { SettingsPanel } from './settings-panel'

interface Props {
  state: FlowEditorState
  selection: Selection
  fields: readonly FieldInfo[]
  onCommand(command: FlowCommand): void
}

/** Picks the panel for the selection; every edit goes out as a command. */
export function PropertyPanel({ state, selection, fields, onCommand }: Props) {
  const node = selection?.kind === 'node' ? findNode(state, selection.id) : undefined
  const edge = selection?.kind === 'edge' ? findEdge(state, selection.id) : undefined
  if (node)
    return (
      <NodePanel
        key={node.id}
        node={node}
        nodes={state.flow.nodes}
        fields={fields}
        onChange={(n: FlowNode, field) => onCommand(updateNode(node.id, n, field))}
      />
    )
  if (edge)
    return (
      <EdgePanel
        key={edge.id}
        edge={edge}
        source={findNode(state, edge.source)}
        fields={fields}
        onChange={(e: FlowEdge, field) => onCommand(updateEdge(edge.id, e, field))}
      />
    )
  return <SettingsPanel settings={state.flow.settings} onChange={(s) => onCommand(updateSettings(s))} />
}
