import { Form, Input, Modal, Radio, Select } from 'antd'
import { useEffect } from 'react'
import type { TaskAction, TaskActionRequest } from '../../api/types'
import { useI18n } from '../../i18n/i18n'
import type { DirectoryLookup } from '../../shared/directory-lookup'
import { PersonSelect } from '../../shared/person-select'

/** The details one action needs: comment (required where configured), return target, people. */
export function ActionDialog(props: {
  action: TaskAction | undefined
  commentRequired: boolean
  targets: Array<{ value: string; label: string }>
  directory: DirectoryLookup
  busy: boolean
  onCancel(): void
  onConfirm(request: Omit<TaskActionRequest, 'data'>): void
}) {
  const { t } = useI18n()
  const [form] = Form.useForm()
  const action = props.action
  useEffect(() => {
    if (action) form.resetFields()
  }, [action, form])
  if (!action) return null
  const people = action === 'transfer' || action === 'delegate'
  const many = action === 'add-signer' || action === 'cc'
  const ok = async () => {
    const v = (await form.validateFields()) as {
      comment?: string
      target?: string
      to?: string
      personIds?: string[]
      position?: 'before' | 'after'
    }
    const req: Omit<TaskActionRequest, 'data'> = { action }
    if (v.comment?.trim()) req.comment = v.comment.trim()
    if (action === 'return') req.target = v.target ?? 'applicant'
    if (people && v.to) req.to = v.to
    if (many && v.personIds) req.personIds = v.personIds
    if (action === 'add-signer') req.position = v.position ?? 'after'
    props.onConfirm(req)
  }
  return (
    <Modal
      open
      title={t(`action.${action}`)}
      onCancel={props.onCancel}
      onOk={ok}
      confirmLoading={props.busy}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'action-confirm' } as Record<string, string>}
      destroyOnClose
    >
      <Form form={form} layout="vertical" initialValues={{ target: 'applicant', position: 'after' }}>
        {action === 'return' && (
          <Form.Item name="target" label={t('task.target')} rules={[{ required: true }]}>
            <Select
              data-testid="return-target"
              options={props.targets.map((x) => ({
                value: x.value,
                label: x.value === 'applicant' ? t('task.targetApplicant') : x.label,
              }))}
            />
          </Form.Item>
        )}
        {people && (
          <Form.Item
            name="to"
            label={t('task.person')}
            rules={[{ required: true, message: t('task.pickPerson') }]}
          >
            <PersonSelect directory={props.directory} placeholder={t('task.pickPerson')} />
          </Form.Item>
        )}
        {many && (
          <Form.Item
            name="personIds"
            label={t('task.persons')}
            rules={[{ required: true, message: t('task.pickPerson') }]}
          >
            <PersonSelect directory={props.directory} multiple placeholder={t('task.pickPerson')} />
          </Form.Item>
        )}
        {action === 'add-signer' && (
          <Form.Item name="position" label={t('task.position')}>
            <Radio.Group
              options={[
                { value: 'before', label: t('task.before') },
                { value: 'after', label: t('task.after') },
              ]}
            />
          </Form.Item>
        )}
        <Form.Item
          name="comment"
          label={t('task.comment')}
          rules={
            props.commentRequired
              ? [{ required: true, whitespace: true, message: t('task.commentRequired') }]
              : []
          }
        >
          <Input.TextArea rows={3} maxLength={2000} showCount data-testid="action-comment" />
        </Form.Item>
      </Form>
    </Modal>
  )
}
