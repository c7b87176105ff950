import { Tabs } from 'antd'
import type { FormDocument, Matter } from '@tongban/schemas'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { pick, useI18n } from '../../shared/i18n'
import type { CommandStack } from '../../shared/command-stack'
import { listFields } from '../../shared/form/list-fields'
import { downloadText } from '../../shared/ui/download'
import { exportBpmn } from './bpmn/export-bpmn'
import { FlowCanvas, type FlowCanvasHandle, type Selection } from './canvas/flow-canvas'
import { messagesByElement } from './checks/locate-issues'
import { runFlowChecks } from './checks/run-flow-checks'
import { applyLayout, type FlowCommand } from './commands'
import { autoLayout } from './layout/auto-layout'
import type { FlowEditorState } from './model/flow-state'
import { describeMulti, nodeSubtitle } from './model/node-summary'
import { nodeKind } from './model/node-catalog'
import { FlowPalette } from './palette/flow-palette'
import { IssuesPanel } from './panels/issues-panel'
import { PropertyPanel } from './panels/property-panel'
import { PreviewPanel } from './preview/preview-panel'
import { FlowToolbar } from './toolbar/flow-toolbar'
import { useDirectory } from './panels/directory/use-directory'

export interface FlowDesignerProps {
  stack: CommandStack<FlowEditorState>
  state: FlowEditorState
  form: FormDocument
  matter: Matter
  onSave?(): void
  saving?: boolean
}

/** Palette · canvas · property panel, with live checks, preview and BPMN export. */
export function FlowDesigner({ stack, state, form, matter, onSave, saving }: FlowDesignerProps) {
  const { tx, locale } = useI18n()
  const canvas = useRef<FlowCanvasHandle>(null)
  const [selection, setSelection] = useState<Selection>()
  const dir = useDirectory()
  const fields = useMemo(() => listFields(form), [form])
  const roles = useMemo(() => (dir && !dir.offline ? dir.doc.orgRoles.map((r) => r.code) : undefined), [dir])
  const issues = useMemo(() => runFlowChecks(state.flow, form, roles), [state.flow, form, roles])
  const marks = useMemo(() => messagesByElement(issues, locale), [issues, locale])
  const subtitle = useMemo(() => {
    const people = new Map(dir?.doc.people.map((p) => [p.id, p.name]))
    const orgs = new Map(dir?.doc.organisations.map((o) => [o.id, o.name]))
    const roles = new Map(dir?.doc.orgRoles.map((r) => [r.code, r.name]))
    const lookup = (kind: 'person' | 'org' | 'role', id: string) => (kind === 'person' ? people : kind === 'org' ? orgs : roles).get(id)
    return (node: Parameters<typeof nodeSubtitle>[0]) => nodeSubtitle(node, locale, lookup)
  }, [dir, locale])
  const kindLabel = useMemo(
    () => (node: Parameters<typeof nodeSubtitle>[0]) => {
      const multi = 'multi' in node ? describeMulti(node.multi, locale) : undefined
      return pick(locale, nodeKind(node.type).title) + (multi ? ` · ${multi}` : '')
    },
    [locale],
  )
  const onCommand = useCallback((c: FlowCommand) => stack.execute(c), [stack])
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || (e.target as HTMLElement)?.closest?.('input, textarea')) return
      // With Shift held the browser reports 'Z', not 'z'.
      const key = e.key.toLowerCase()
      if (key === 'z' && !e.shiftKey) stack.undo()
      else if (key === 'y' || (key === 'z' && e.shiftKey)) stack.redo()
      else return
      e.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [stack])
  const bundle = useMemo(() => ({ bundleFormat: 1 as const, matter, form, flow: state.flow, layout: state.layout, version: matter.version }), [matter, form, state])
  return (
    <div style={{ display: 'grid', gridTemplateColumns: '140px 1fr 360px', gridTemplateRows: 'auto 1fr auto', height: 'calc(100vh - 64px)' }}>
      <div style={{ gridColumn: '1 / 4', padding: 8, borderBottom: '1px solid #f0f0f0' }}>
        <FlowToolbar
          canUndo={stack.canUndo}
          canRedo={stack.canRedo}
          undoLabel={stack.undoLabel}
          redoLabel={stack.redoLabel}
          onUndo={() => stack.undo()}
          onRedo={() => stack.redo()}
          onZoomIn={() => canvas.current?.zoomIn()}
          onZoomOut={() => canvas.current?.zoomOut()}
          onFit={() => canvas.current?.fitView()}
          onAutoLayout={() => onCommand(applyLayout(autoLayout(state.flow)))}
          onExportBpmn={() =>
            downloadText(`${matter.code}.bpmn`, exportBpmn(state.flow, state.layout, { processId: matter.code, processName: matter.name }), 'application/xml')
          }
          onSave={onSave}
          saving={saving}
        />
      </div>
      <div style={{ padding: 8, borderRight: '1px solid #f0f0f0', overflow: 'auto' }}>
        <FlowPalette onStartDrag={(n) => canvas.current?.startDrag(n)} />
      </div>
      <div style={{ position: 'relative', minHeight: 0 }}>
        <FlowCanvas ref={canvas} state={state} issues={marks} subtitle={subtitle} kindLabel={kindLabel} selection={selection} onCommand={onCommand} onSelect={setSelection} partial={state.flow.nodes.length > 200} />
      </div>
      <div style={{ gridRow: '2 / 4', gridColumn: 3, borderLeft: '1px solid #f0f0f0', overflow: 'auto', padding: 12 }}>
        <Tabs
          size="small"
          items={[
            { key: 'props', label: tx('属性', 'Properties'), children: <PropertyPanel state={state} selection={selection} fields={fields} onCommand={onCommand} /> },
            { key: 'preview', label: tx('流程预测', 'Preview'), children: <PreviewPanel bundle={bundle} /> },
          ]}
        />
      </div>
      <div style={{ gridColumn: '1 / 3', borderTop: '1px solid #f0f0f0', padding: 8 }}>
        <IssuesPanel issues={issues} onSelect={setSelection} />
      </div>
    </div>
  )
}
