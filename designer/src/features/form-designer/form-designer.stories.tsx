import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { archiveLookup } from '../../fixtures'
import { useCommandStack } from '../../shared/command-stack'
import { listFields } from '../../shared/form/list-fields'
import { FormDesigner } from './form-designer'
import { LinkageEditor } from './linkage/linkage-editor'
import { FieldPanel } from './panels/field-panel'

function Designer() {
  const { stack, state } = useCommandStack(structuredClone(archiveLookup.form))
  return <FormDesigner stack={stack} form={state} />
}

const meta: Meta = { title: 'Form designer' }
export default meta

export const WholeDesigner: StoryObj = { render: () => <Designer /> }

export const FieldProperties: StoryObj = {
  render: () => {
    const [node, setNode] = useState(archiveLookup.form.schema.properties!.secrecyLevel!)
    return (
      <div style={{ width: 380 }}>
        <FieldPanel name="secrecyLevel" node={node} fields={listFields(archiveLookup.form)} onChange={setNode} onRename={() => undefined} />
      </div>
    )
  },
}

export const LinkageRules: StoryObj = {
  render: () => {
    const [node, setNode] = useState(archiveLookup.form.schema.properties!.secrecyLevel!)
    return (
      <div style={{ width: 420 }}>
        <LinkageEditor node={node} fields={listFields(archiveLookup.form)} onChange={(r) => setNode({ ...node, 'x-reactions': r })} />
        <pre>{JSON.stringify(node['x-reactions'], null, 1)}</pre>
      </div>
    )
  },
}
