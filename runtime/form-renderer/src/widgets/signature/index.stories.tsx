import type { Meta, StoryObj } from '@storybook/react-vite'
import { Demo, singleField } from '../../stories/story-helpers'

const meta: Meta<typeof Demo> = {
  title: 'Widgets/Signature',
  component: Demo,
  args: { form: singleField('签名', { type: 'string', required: true, 'x-component': 'Signature' }), mode: 'edit', lang: 'zh-CN' },
}
export default meta
type Story = StoryObj<typeof Demo>

export const Edit: Story = {}
export const WithValue: Story = { args: { value: { field: '张三' } } }
export const Read: Story = { args: { value: { field: '张三' }, mode: 'read' } }
export const English: Story = { args: { value: { field: '张三' }, lang: 'en' } }
export const DrawnOnly: Story = { args: { form: singleField('签名', { type: 'string', 'x-component': 'Signature', 'x-component-props': { modes: ['drawn'] } }), value: { field: undefined } } }
