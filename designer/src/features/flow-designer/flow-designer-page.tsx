import { App } from 'antd'
import type { MatterBundle } from '@tongban/schemas'
import { useState } from 'react'
import { useParams } from 'react-router-dom'
import { useCommandStack } from '../../shared/command-stack'
import { AsyncView } from '../../shared/ui/async-view'
import { useMatterDraft, type LoadedDraft } from '../matters/use-matter-draft'
import { autoLayout } from './layout/auto-layout'
import { FlowDesigner } from './flow-designer'

/** Route `/matters/:id/flow`: load the draft, edit its flow, save it back. */
export function FlowDesignerPage() {
  const { id = '' } = useParams()
  const draft = useMatterDraft(id)
  return <AsyncView state={draft}>{(d) => <Loaded draft={d} save={draft.save} />}</AsyncView>
}

function Loaded({ draft, save }: { draft: LoadedDraft; save(b: MatterBundle): Promise<boolean> }) {
  const { message } = App.useApp()
  const { bundle } = draft
  const { stack, state } = useCommandStack({ flow: bundle.flow, layout: bundle.layout ?? autoLayout(bundle.flow) })
  const [saving, setSaving] = useState(false)
  const onSave = async () => {
    setSaving(true)
    try {
      const saved = await save({ ...bundle, flow: state.flow, layout: state.layout })
      message.success(saved ? '已保存 / Saved' : '离线模式：未保存到服务器 / Offline: not saved')
    } catch (e) {
      message.error((e as Error).message)
    } finally {
      setSaving(false)
    }
  }
  return <FlowDesigner stack={stack} state={state} form={bundle.form} matter={bundle.matter} onSave={onSave} saving={saving} />
}
