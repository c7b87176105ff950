import { LockOutlined, UserOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Form, Input, Typography } from 'antd'
import { useState } from 'react'
import { useLocation, useNavigate } from 'react-router-dom'
import { useI18n } from '../../i18n/i18n'
import { errorText } from '../../shared/page-state'
import { useSession } from './session'

/** 登录: username + password; back to where the user was going. */
export function LoginPage() {
  const { t, lang, setLang } = useI18n()
  const session = useSession()
  const navigate = useNavigate()
  const location = useLocation()
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const from = (location.state as { from?: string } | null)?.from ?? '/inbox'

  const onFinish = async (values: { username: string; password: string }) => {
    setBusy(true)
    setError(undefined)
    try {
      await session.login(values.username.trim(), values.password)
      navigate(from, { replace: true })
    } catch (e) {
      setError(t('login.failed', { reason: errorText(e, lang) }))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="login-page">
      <Card className="login-card">
        <Typography.Title level={3}>{t('login.title')}</Typography.Title>
        {error && (
          <Alert
            type="error"
            showIcon
            message={error}
            style={{ marginBottom: 16 }}
            data-testid="login-error"
          />
        )}
        <Form layout="vertical" onFinish={onFinish} requiredMark={false}>
          <Form.Item
            name="username"
            label={t('login.username')}
            rules={[{ required: true, message: t('login.required', { field: t('login.username') }) }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" id="login-username" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.required', { field: t('login.password') }) }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" id="login-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy} data-testid="login-submit">
            {t('login.submit')}
          </Button>
        </Form>
        <Button type="link" onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')} style={{ marginTop: 8 }}>
          {t('nav.language')}
        </Button>
      </Card>
    </div>
  )
}
