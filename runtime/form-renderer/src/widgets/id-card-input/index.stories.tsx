import type { Meta, StoryObj } from '@storybook/react-vite'
import { Demo, singleField } from '../../stories/story-helpers'

const meta: Meta<typeof Demo> = {
  title: 'Widgets/IdCardInput',
  component: Demo,
  args: { form: singleField('身份证号', { type: 'string', 'x-component': 'IdCardInput' }), mode: 'edit', lang: 'zh-CN' },
}
export default meta
type Story = StoryObj<typeof Demo>

export const Edit: Story = {}
export const WithValue: Story = { args: { value: { field: '11010519491231002X' } } }
export const Read: Story = { args: { value: { field: '11010519491231002X' }, mode: 'read' } }
export const English: Story = { args: { value: { field: '11010519491231002X' }, lang: 'en' } }
export const InvalidChecksum: Story = { args: { form: singleField('身份证号', { type: 'string', 'x-component': 'IdCardInput' }), value: { field: '110105194912310021' } } }
