import { Alert, Button, Input, Space } from 'antd'
import { validateForm, type FormDocument } from '@tongban/schemas'
import { useMemo, useState } from 'react'
import { pickMessage, useI18n } from '../../../shared/i18n'

/** The form as JSON: edit it, see every problem live, apply when it is valid. */
export function JsonView({ form, onApply }: { form: FormDocument; onApply(form: FormDocument): void }) {
  const { tx, t, locale } = useI18n()
  const [text, setText] = useState(() => JSON.stringify(form, null, 2))
  const parsed = useMemo(() => {
    try {
      const value = JSON.parse(text) as FormDocument
      return { value, issues: validateForm(value) }
    } catch (e) {
      return { error: (e as Error).message, issues: [] }
    }
  }, [text])
  const errors = parsed.issues.filter((i) => i.severity === 'error')
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="json-view">
      <Input.TextArea rows={22} value={text} onChange={(e) => setText(e.target.value)} style={{ fontFamily: 'monospace', fontSize: 12 }} />
      {parsed.error && <Alert type="error" showIcon message={tx('JSON 语法错误：', 'JSON syntax error: ') + parsed.error} />}
      {parsed.issues.slice(0, 20).map((i, n) => (
        <Alert key={n} type={i.severity === 'error' ? 'error' : 'warning'} showIcon message={`${i.path}: ${pickMessage(locale, i)}`} />
      ))}
      <Space>
        <Button type="primary" disabled={!!parsed.error || errors.length > 0} onClick={() => parsed.value && onApply(parsed.value)}>
          {t('common.apply')}
        </Button>
        <Button onClick={() => setText(JSON.stringify(form, null, 2))}>{tx('重新载入', 'Reload')}</Button>
      </Space>
    </Space>
  )
}
