import type { Meta, StoryObj } from '@storybook/react-vite'
import { Demo, singleField } from '../../stories/story-helpers'

const meta: Meta<typeof Demo> = {
  title: 'Widgets/PersonPicker',
  component: Demo,
  args: { form: singleField('人员选择', { type: 'string', 'x-component': 'PersonPicker' }), mode: 'edit', lang: 'zh-CN' },
}
export default meta
type Story = StoryObj<typeof Demo>

export const Edit: Story = {}
export const WithValue: Story = { args: { value: { field: 'p-li' } } }
export const Read: Story = { args: { value: { field: 'p-li' }, mode: 'read' } }
export const English: Story = { args: { value: { field: 'p-li' }, lang: 'en' } }
export const InOneOrganisation: Story = { args: { form: singleField('人员选择', { type: 'string', 'x-component': 'PersonPicker', 'x-component-props': { orgId: 'archive' } }), value: { field: undefined } } }
