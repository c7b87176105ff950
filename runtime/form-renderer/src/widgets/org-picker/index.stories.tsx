import type { Meta, StoryObj } from '@storybook/react-vite'
import { Demo, singleField } from '../../stories/story-helpers'

const meta: Meta<typeof Demo> = {
  title: 'Widgets/OrgPicker',
  component: Demo,
  args: { form: singleField('单位选择', { type: 'string', 'x-component': 'OrgPicker' }), mode: 'edit', lang: 'zh-CN' },
}
export default meta
type Story = StoryObj<typeof Demo>

export const Edit: Story = {}
export const WithValue: Story = { args: { value: { field: 'archive' } } }
export const Read: Story = { args: { value: { field: 'archive' }, mode: 'read' } }
export const English: Story = { args: { value: { field: 'archive' }, lang: 'en' } }
export const Multiple: Story = { args: { form: singleField('单位选择', { type: 'array', 'x-component': 'OrgPicker', 'x-component-props': { multiple: true } }), value: { field: undefined } } }
