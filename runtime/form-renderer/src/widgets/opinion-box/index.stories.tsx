import type { Meta, StoryObj } from '@storybook/react-vite'
import { Demo, singleField } from '../../stories/story-helpers'

const meta: Meta<typeof Demo> = {
  title: 'Widgets/OpinionBox',
  component: Demo,
  args: { form: singleField('审核意见', { type: 'string', 'x-component': 'OpinionBox' }), mode: 'edit', lang: 'zh-CN' },
}
export default meta
type Story = StoryObj<typeof Demo>

export const Edit: Story = {}
export const WithValue: Story = { args: { value: { field: '同意。请档案馆按规定提供复印件。' } } }
export const Read: Story = { args: { value: { field: '同意。请档案馆按规定提供复印件。' }, mode: 'read' } }
export const English: Story = { args: { value: { field: '同意。请档案馆按规定提供复印件。' }, lang: 'en' } }
export const CustomPhrases: Story = { args: { form: singleField('审核意见', { type: 'string', 'x-component': 'OpinionBox', 'x-component-props': { phrases: ['拟同意', '退回补正'] } }), value: { field: undefined } } }
