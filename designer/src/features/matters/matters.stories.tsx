import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { archiveLookup } from '../../fixtures'
import { diffBundles } from './diff/bundle-diff'
import { StandardElementsForm } from './edit/standard-elements-form'
import { DiffView } from './publish/diff-view'
import { PublishPanel } from './publish/publish-panel'

const changed = structuredClone(archiveLookup)
changed.matter.timeLimits.promisedDays = 3
changed.form.schema.properties!.email = { type: 'string', title: '邮箱', 'x-component': 'Input', 'x-decorator': 'FormItem' }
delete changed.form.schema.properties!.purpose
changed.flow.nodes[1]!.name = '受理'

const meta: Meta = { title: 'Matters' }
export default meta

export const PublishGate: StoryObj = {
  render: () => <PublishPanel draft={changed} published={archiveLookup} onPublish={async () => 2} />,
}

export const PublishBlockedByErrors: StoryObj = {
  render: () => {
    const broken = structuredClone(changed)
    broken.flow.edges = broken.flow.edges.slice(1)
    return <PublishPanel draft={broken} published={archiveLookup} onPublish={async () => 2} />
  },
}

export const Diff: StoryObj = { render: () => <DiffView diff={diffBundles(archiveLookup, changed)} /> }

export const StandardElements: StoryObj = {
  render: () => {
    const [m, setM] = useState(archiveLookup.matter)
    return <StandardElementsForm matter={m} onChange={setM} />
  },
}
