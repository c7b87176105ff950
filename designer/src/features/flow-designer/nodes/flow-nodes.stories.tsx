import type { Meta, StoryObj } from '@storybook/react-vite'
import { useCommandStack } from '../../../shared/command-stack'
import { archiveLookup } from '../../../fixtures'
import { FlowCanvas } from '../canvas/flow-canvas'
import type { FlowEditorState } from '../model/flow-state'
import { createNode, NODE_KINDS } from '../model/node-catalog'

/** One node of every type on a grid, the second approval with a check message (red outline). */
function allNodes(): FlowEditorState {
  const nodes = NODE_KINDS.map((k) => createNode(k.type, k.type))
  nodes.push({ id: 'approval-bad', type: 'approval', name: '会签（有问题）', assignees: [{ kind: 'role', role: 'cadre-officer', org: { from: 'applicant' } }], multi: { mode: 'all' } })
  const layout = { nodes: Object.fromEntries(nodes.map((n, i) => [n.id, { x: 120 + (i % 4) * 230, y: 80 + Math.floor(i / 4) * 130 }])) }
  const edges = [
    { id: 'x1', source: 'exclusive', target: 'approval', condition: 'amount > 10000', name: '大额' },
    { id: 'x2', source: 'exclusive', target: 'handle', isDefault: true },
  ]
  return { flow: { nodes, edges, settings: archiveLookup.flow.settings }, layout }
}

function Canvas({ state: initial, issues }: { state: FlowEditorState; issues?: Map<string, string> }) {
  const { stack, state } = useCommandStack(initial)
  return (
    <div style={{ height: 560, border: '1px solid #eee' }}>
      <FlowCanvas state={state} issues={issues} onCommand={(c) => stack.execute(c)} onSelect={() => undefined} />
    </div>
  )
}

const meta: Meta<typeof Canvas> = { title: 'Flow designer/Custom nodes', component: Canvas }
export default meta

export const EveryNodeType: StoryObj<typeof Canvas> = {
  args: { state: allNodes(), issues: new Map([['approval-bad', '未找到角色 cadre-officer']]) },
}

export const ArchiveLookupFlow: StoryObj<typeof Canvas> = {
  args: { state: { flow: archiveLookup.flow, layout: archiveLookup.layout! } },
}
