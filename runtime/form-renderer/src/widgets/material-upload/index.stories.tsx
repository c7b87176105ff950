import type { Meta, StoryObj } from '@storybook/react-vite'
import { Demo, singleField } from '../../stories/story-helpers'

const meta: Meta<typeof Demo> = {
  title: 'Widgets/MaterialUpload',
  component: Demo,
  args: { form: singleField('申请材料', { type: 'array', 'x-component': 'MaterialUpload' }), mode: 'edit', lang: 'zh-CN' },
}
export default meta
type Story = StoryObj<typeof Demo>

export const Edit: Story = {}
export const WithValue: Story = { args: { value: { field: [{ materialId: 'letter', attachmentId: 'att-1', name: '介绍信.pdf' }] } } }
export const Read: Story = { args: { value: { field: [{ materialId: 'letter', attachmentId: 'att-1', name: '介绍信.pdf' }] }, mode: 'read' } }
export const English: Story = { args: { value: { field: [{ materialId: 'letter', attachmentId: 'att-1', name: '介绍信.pdf' }] }, lang: 'en' } }
export const Empty: Story = { args: { form: singleField('申请材料', { type: 'array', 'x-component': 'MaterialUpload' }), value: { field: undefined } } }
