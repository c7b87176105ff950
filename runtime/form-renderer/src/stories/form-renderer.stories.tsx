import type { Meta, StoryObj } from '@storybook/react-vite'
import { Button, Space } from 'antd'
import { useRef, useState } from 'react'
import { archiveForm } from '../__fixtures__/archive-form'
import { useAutoFill } from '../autofill/use-auto-fill'
import { FormRenderer, type FormRendererHandle } from '../form-renderer/form-renderer'
import { Demo, storyDirectory, storyMaterials, storyProfile, storyUpload } from './story-helpers'

const filled = {
  applicantName: '张三',
  department: 'hr',
  phone: '13800138000',
  idNumber: '11010519491231002X',
  applyType: 'company',
  companyName: '市人力社保局',
  purpose: '查阅2019年人事档案',
  archiveOffice: 'liandu',
  handler: 'p-li',
  materials: [{ materialId: 'letter', attachmentId: 'att-1', name: '介绍信.pdf' }],
}

const meta: Meta<typeof Demo> = {
  title: 'Form/Modes',
  component: Demo,
  args: { form: archiveForm, mode: 'edit', lang: 'zh-CN' },
}
export default meta
type Story = StoryObj<typeof Demo>

/** The applicant's form, empty: choose 单位 to see the company name appear (linkage). */
export const Edit: Story = { args: { value: { applyType: 'personal' } } }
export const Read: Story = { args: { mode: 'read', value: filled } }
/** An approval node: only the opinion and signature are editable; the ID number is hidden. */
export const Task: Story = {
  args: {
    mode: 'task',
    value: filled,
    fieldAccess: { default: 'read', fields: { opinion: 'edit', signature: 'edit', idNumber: 'hidden' } },
  },
}
export const English: Story = { args: { lang: 'en', value: filled } }
/** At 375 px (use the viewport toolbar too). */
export const Mobile: Story = {
  args: { value: filled },
  decorators: [(S) => <div style={{ width: 375, maxWidth: '100%', boxSizing: 'border-box', border: '1px solid #eee', padding: 8 }}><S /></div>],
}

/** Auto-fill from the directory, with the "来自人员库" tags, and "copy from my last case". */
export const AutoFill: StoryObj = {
  render: function AutoFillStory() {
    const [draft, setDraft] = useState<Record<string, unknown>>({})
    const fill = useAutoFill(archiveForm, storyProfile, { value: draft, today: '2026-03-02' })
    return (
      <Space direction="vertical" style={{ maxWidth: 720, width: '100%' }}>
        <Button onClick={() => setDraft(fill.copyFromPrevious(filled, draft).values)}>复制上次办件</Button>
        <FormRenderer
          form={archiveForm}
          value={fill.values}
          onChange={setDraft}
          boundValues={fill.boundValues}
          directory={storyDirectory}
          uploadFile={storyUpload}
          materials={storyMaterials}
        />
      </Space>
    )
  },
}

/** What the workbench does with a 422 from the server. */
export const ServerErrors: StoryObj = {
  render: function ServerErrorsStory() {
    const ref = useRef<FormRendererHandle>(null)
    return (
      <Space direction="vertical" style={{ maxWidth: 720, width: '100%' }}>
        <Button
          danger
          onClick={() =>
            ref.current?.setServerErrors([
              { path: 'applicantName', message: '申请人不在人员库中', messageEn: 'The applicant is not in the directory' },
              { path: 'purpose', message: '当前环节不能修改此项' },
            ])
          }
        >
          模拟服务端校验错误
        </Button>
        <FormRenderer ref={ref} form={archiveForm} value={filled} directory={storyDirectory} materials={storyMaterials} />
      </Space>
    )
  },
}
