import type { Meta, StoryObj } from '@storybook/react-vite'
import { recordsForm } from '../__fixtures__/records-form'
import { Demo } from './story-helpers'

const records = [
  { archiveNo: 'WS·2019-Y-0012', copies: 2 },
  { archiveNo: 'WS·2019-Y-0013', copies: 1 },
  { archiveNo: 'WS·2020-C-0101', copies: 1 },
]

const meta: Meta<typeof Demo> = {
  title: 'Form/Narrow',
  component: Demo,
  args: { form: recordsForm, mode: 'edit', lang: 'zh-CN' },
  // The story smoke test opens stories named "mobile" at 375 px and fails on sideways scrolling.
  decorators: [(S) => <div style={{ width: 375, maxWidth: '100%' }}><S /></div>],
}
export default meta
type Story = StoryObj<typeof Demo>

/** A grid of fields and an ArrayTable of records at 375 px: one column, the table scrolls in its box. */
export const MobileRecords: Story = { args: { value: { purpose: '编史修志', records } } }
/** The same, read-only. */
export const MobileRecordsRead: Story = { args: { mode: 'read', value: { purpose: '编史修志', method: 'copy', records } } }
