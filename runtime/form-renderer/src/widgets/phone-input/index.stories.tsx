import type { Meta, StoryObj } from '@storybook/react-vite'
import { Demo, singleField } from '../../stories/story-helpers'

const meta: Meta<typeof Demo> = {
  title: 'Widgets/PhoneInput',
  component: Demo,
  args: { form: singleField('联系电话', { type: 'string', required: true, 'x-component': 'PhoneInput' }), mode: 'edit', lang: 'zh-CN' },
}
export default meta
type Story = StoryObj<typeof Demo>

export const Edit: Story = {}
export const WithValue: Story = { args: { value: { field: '13800138000' } } }
export const Read: Story = { args: { value: { field: '13800138000' }, mode: 'read' } }
export const English: Story = { args: { value: { field: '13800138000' }, lang: 'en' } }
export const Invalid: Story = { args: { form: singleField('联系电话', { type: 'string', 'x-component': 'PhoneInput' }), value: { field: '123' } } }
