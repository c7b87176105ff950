import { Input, Modal } from 'antd'
import { useState } from 'react'
import type { CaseAction } from '../../api/types'
import { useI18n } from '../../i18n/i18n'

/** Confirm an applicant's case action with an optional (or, for 评论, required) comment. */
export function CaseActionDialog(props: {
  action: CaseAction | undefined
  busy: boolean
  onCancel(): void
  onConfirm(comment: string | undefined): void
}) {
  const { t } = useI18n()
  const [comment, setComment] = useState('')
  const [missing, setMissing] = useState(false)
  if (!props.action) return null
  const required = props.action === 'comment'
  return (
    <Modal
      open
      title={t(`action.${props.action}`)}
      confirmLoading={props.busy}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'action-confirm' } as Record<string, string>}
      onCancel={() => {
        setComment('')
        props.onCancel()
      }}
      onOk={() => {
        if (required && !comment.trim()) return setMissing(true)
        props.onConfirm(comment.trim() || undefined)
        setComment('')
        setMissing(false)
      }}
    >
      <Input.TextArea
        rows={3}
        maxLength={2000}
        placeholder={t('task.comment')}
        value={comment}
        status={missing ? 'error' : undefined}
        onChange={(e) => setComment(e.target.value)}
        data-testid="action-comment"
      />
      {missing && <div style={{ color: '#ff4d4f' }}>{t('task.commentRequired')}</div>}
    </Modal>
  )
}
