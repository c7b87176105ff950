import { connect, mapReadPretty } from '@formily/react'
import { Button, Input, Space, Typography } from 'antd'
import { useRendererLocale } from '../../i18n/locale-context'

export interface OpinionBoxProps {
  value?: string
  onChange?: (value: string) => void
  /** Quick phrases (常用语); default: 同意 / 不同意 / 请补正材料. */
  phrases?: string[]
  maxLength?: number
  disabled?: boolean
}

/** An approver's opinion (审批意见) with one-click phrases. */
function OpinionField(props: OpinionBoxProps) {
  const { t } = useRendererLocale()
  const phrases = props.phrases ?? [t('opinion.agree'), t('opinion.disagree'), t('opinion.correct')]
  return (
    <div className="tongban-opinion-box">
      <Space size={4} wrap style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary">{t('opinion.phrases')}:</Typography.Text>
        {phrases.map((p) => (
          <Button key={p} size="small" disabled={props.disabled} onClick={() => props.onChange?.(p)}>
            {p}
          </Button>
        ))}
      </Space>
      <Input.TextArea
        value={props.value}
        disabled={props.disabled}
        placeholder={t('opinion.placeholder')}
        autoSize={{ minRows: 3, maxRows: 8 }}
        maxLength={props.maxLength ?? 500}
        showCount
        onChange={(e) => props.onChange?.(e.target.value)}
      />
    </div>
  )
}

function OpinionText(props: { value?: string }) {
  return <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{props.value}</Typography.Paragraph>
}

export const OpinionBox = connect(OpinionField, mapReadPretty(OpinionText))
