import { Alert, Form, Input, InputNumber, Modal } from 'antd'
import { useState } from 'react'
import { useNavigate } from 'react-router-dom'
import { useI18n } from '../../shared/i18n'
import { useApi } from '../../shared/ui/api-context'
import { OrgSelect } from '../flow-designer/panels/directory/directory-select'
import { newMatterFrom } from './import/matter-rows'
import { newBundle } from './model/new-bundle'

interface Values {
  code: string
  name: string
  category: string
  acceptingOrgId: string
  regionId: string
  promisedDays: number
}

/** Create a matter from scratch: the essentials, then the editor opens. */
export function NewMatterModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const api = useApi()
  const { tx } = useI18n()
  const navigate = useNavigate()
  const [form] = Form.useForm<Values>()
  const [error, setError] = useState<string>()
  const submit = async () => {
    const { promisedDays, ...v } = await form.validateFields()
    const { matter, issues } = newMatterFrom({ ...v, timeLimits: { promisedDays }, channels: ['web', 'mobile'], legalBasis: [], materials: [] })
    if (!matter) return setError(issues.map((i) => `${i.path} ${i.message}`).join('；'))
    try {
      const row = await api.matters.create(newBundle(matter))
      onClose()
      navigate(`/matters/${encodeURIComponent(row.id)}`)
    } catch (e) {
      setError((e as Error).message)
    }
  }
  return (
    <Modal open={open} title={tx('新建事项', 'New matter')} onOk={submit} onCancel={onClose} destroyOnClose>
      <Form form={form} layout="vertical" initialValues={{ promisedDays: 5 }} data-testid="new-matter-form">
        <Form.Item name="code" label={tx('事项编码', 'Code')} rules={[{ required: true, pattern: /^[A-Z0-9][A-Z0-9-]{1,39}$/, message: tx('大写字母、数字和连字符', 'A–Z, 0–9 and -') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="name" label={tx('事项名称', 'Name')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="category" label={tx('类别', 'Category')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="acceptingOrgId" label={tx('受理单位', 'Accepting organisation')} rules={[{ required: true }]}>
          <OrgSelect onChange={(v) => form.setFieldValue('acceptingOrgId', v)} />
        </Form.Item>
        <Form.Item name="regionId" label={tx('地区 id', 'Region id')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="promisedDays" label={tx('承诺时限（工作日）', 'Promised limit (working days)')} rules={[{ required: true }]}>
          <InputNumber min={1} max={365} />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon message={error} />}
    </Modal>
  )
}
