import { App } from 'antd'
import type { MatterBundle } from '@tongban/schemas'
import { useState } from 'react'
import { useParams } from 'react-router-dom'
import { useCommandStack } from '../../shared/command-stack'
import { AsyncView } from '../../shared/ui/async-view'
import { useMatterDraft, type LoadedDraft } from '../matters/use-matter-draft'
import { FormDesigner } from './form-designer'

/** Route `/matters/:id/form`: load the draft, edit its form, save it back. */
export function FormDesignerPage() {
  const { id = '' } = useParams()
  const draft = useMatterDraft(id)
  return <AsyncView state={draft}>{(d) => <Loaded draft={d} save={draft.save} />}</AsyncView>
}

function Loaded({ draft, save }: { draft: LoadedDraft; save(b: MatterBundle): Promise<boolean> }) {
  const { message } = App.useApp()
  const { stack, state } = useCommandStack(draft.bundle.form)
  const [saving, setSaving] = useState(false)
  const onSave = async () => {
    setSaving(true)
    try {
      const saved = await save({ ...draft.bundle, form: state })
      message.success(saved ? '已保存 / Saved' : '离线模式：未保存到服务器 / Offline: not saved')
    } catch (e) {
      message.error((e as Error).message)
    } finally {
      setSaving(false)
    }
  }
  return <FormDesigner stack={stack} form={state} onSave={onSave} saving={saving} />
}
