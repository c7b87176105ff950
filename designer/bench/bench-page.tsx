import { createRoot } from 'react-dom/client'
import { flushSync } from 'react-dom'
import { Providers } from '../src/app'
import { FlowCanvas } from '../src/features/flow-designer/canvas/flow-canvas'
import { autoLayout } from '../src/features/flow-designer/layout/auto-layout'
import { FormDesigner } from '../src/features/form-designer/form-designer'
import { updateFieldProps } from '../src/features/form-designer/commands'
import { getNode } from '../src/features/form-designer/model/form-tree'
import { CommandStack } from '../src/shared/command-stack'
import { offlineApi } from '../src/stories/offline-api'
import { bigFlow, bigForm } from './bench-data'
import { useEffect, useState } from 'react'
import type { FormDocument } from '@tongban/schemas'

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()))

/** Time from mounting the canvas until every node of the flow is in the DOM, then one paint. */
async function flowRender(n: number, partial: boolean, minimap = true): Promise<number> {
  const flow = bigFlow(n)
  const state = { flow, layout: autoLayout(flow) }
  const host = document.getElementById('root')!
  const root = createRoot(host)
  const expect = partial ? 1 : flow.nodes.length
  const t0 = performance.now()
  flushSync(() =>
    root.render(
      <Providers api={offlineApi}>
        <div style={{ width: 1400, height: 900 }}>
          <FlowCanvas state={state} onCommand={() => undefined} onSelect={() => undefined} partial={partial} minimap={minimap} />
        </div>
      </Providers>,
    ),
  )
  while (host.querySelectorAll('.tb-flow-canvas .lf-canvas-overlay .tb-node, .tb-flow-canvas .lf-base .tb-node').length < expect) await nextFrame()
  await nextFrame()
  const ms = performance.now() - t0
  ;(window as unknown as { lastDomCount: number }).lastDomCount = host.querySelectorAll('*').length
  root.unmount()
  return ms
}

function Designer({ stack }: { stack: CommandStack<FormDocument> }) {
  const [form, setForm] = useState(stack.state)
  useEffect(() => stack.subscribe(setForm), [stack])
  return <FormDesigner stack={stack} form={form} />
}

/** Time for one property edit on a 150-field form to run through the command stack and re-render. */
async function formEdit(n: number, runs: number): Promise<number[]> {
  const stack = new CommandStack(bigForm(n))
  const host = document.getElementById('root')!
  const root = createRoot(host)
  flushSync(() =>
    root.render(
      <Providers api={offlineApi}>
        <Designer stack={stack} />
      </Providers>,
    ),
  )
  await nextFrame()
  const path = ['card7', 'f75']
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const node = getNode(stack.state, path)!
    const t0 = performance.now()
    flushSync(() => stack.execute(updateFieldProps(path, { ...node, title: `字段 75 · ${i}` }, `bench-${i}`)))
    times.push(performance.now() - t0)
    if (!host.textContent?.includes(`字段 75 · ${i}`)) throw new Error('edit not rendered')
    await nextFrame()
  }
  root.unmount()
  return times
}

declare global {
  interface Window {
    tongbanBench: { flowRender: typeof flowRender; formEdit: typeof formEdit }
  }
}
window.tongbanBench = { flowRender, formEdit }
