import type { Meta, StoryObj } from '@storybook/react-vite'
import { Demo, singleField } from '../../stories/story-helpers'

const meta: Meta<typeof Demo> = {
  title: 'Widgets/RegionSelect',
  component: Demo,
  args: { form: singleField('区划选择', { type: 'string', 'x-component': 'RegionSelect' }), mode: 'edit', lang: 'zh-CN' },
}
export default meta
type Story = StoryObj<typeof Demo>

export const Edit: Story = {}
export const WithValue: Story = { args: { value: { field: 'liandu' } } }
export const Read: Story = { args: { value: { field: 'liandu' }, mode: 'read' } }
export const English: Story = { args: { value: { field: 'liandu' }, lang: 'en' } }
export const Required: Story = { args: { form: singleField('区划选择', { type: 'string', required: true, 'x-component': 'RegionSelect' }), value: { field: undefined } } }
